package io.github.odoorestcamel.stream;

import java.util.ArrayList;
import java.util.List;

/** A client that keeps the frames it is sent, and can stop taking them. */
final class RecordingSink implements ChangeStream.Sink {

    final List<String> frames = new ArrayList<>();
    boolean taking = true;
    boolean ended;

    @Override
    public boolean send(String frame) {
        frames.add(frame);
        return taking;
    }

    @Override
    public void end() {
        ended = true;
    }

    /** Each event as its id and name: {@code 2026-11-27 19:40:39,5 created}. */
    List<String> events() {
        return frames.stream().filter(f -> f.startsWith("id: "))
                .map(f -> f.substring(4, f.indexOf('\n')) + " " + f.substring(f.indexOf("event: ") + 7, f.indexOf('\n', f.indexOf("event: "))))
                .toList();
    }
}
