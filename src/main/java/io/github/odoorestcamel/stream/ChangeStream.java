package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import java.util.List;

/**
 * One client's stream. It starts at a position ({@code from}: now, or where the client resumes)
 * and sends no change at or before it, which the client had or which came before it opened.
 * Each event's id is the highest position sent so far, so that ids only grow: a record of a
 * transaction that committed late arrives after newer ones, and a client resuming from its id
 * neither gets the newer ones again nor skips anything after them. A deleted record has no
 * position of its own, so its event carries the stream's position too. The changes a resume's
 * catch-up sent are remembered until they fall behind the poll's window, so that the shared poll
 * finding them later does not send them twice.
 */
public final class ChangeStream {

    /** Where the frames go. */
    public interface Sink {
        /** False when the client no longer takes them (gone, or not reading). */
        boolean send(String frame);

        void end();
    }

    private final StreamKey key;
    private final Sink sink;
    private final Watermark from;
    private final RecentKeys caughtUp = new RecentKeys();
    private Watermark sent;
    private boolean open = true;

    public ChangeStream(StreamKey key, Watermark from, Sink sink) {
        this.key = key;
        this.from = from;
        this.sent = from;
        this.sink = sink;
    }

    public StreamKey key() {
        return key;
    }

    public synchronized Watermark from() {
        return from;
    }

    public synchronized Watermark sent() {
        return sent;
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** Sends the changes found by the shared poll, in order, except those before the start or already caught up. */
    public synchronized void changed(List<StreamEvent> events) {
        for (StreamEvent event : events) {
            if (!caughtUp.contains(event)) {
                send(event);
            }
        }
    }

    /** Sends the changes a resume read on its own, and remembers them. */
    public synchronized void caughtUp(List<StreamEvent> events) {
        for (StreamEvent event : events) {
            if (caughtUp.add(event)) {
                send(event);
            }
        }
    }

    /** Forgets caught-up changes of seconds the shared poll no longer reads. */
    public synchronized void forgetBefore(String second) {
        caughtUp.forgetBefore(second);
    }

    public synchronized void deleted(List<Long> ids) {
        for (long id : ids) {
            if (open) {
                send(SseFrame.event(sent.format(), ChangeKind.DELETED.label(), "{\"id\":" + id + "}"));
            }
        }
    }

    public synchronized void heartbeat() {
        if (open) {
            send(SseFrame.comment("keep-alive"));
        }
    }

    public synchronized void end() {
        if (open) {
            open = false;
            sink.end();
        }
    }

    private void send(StreamEvent event) {
        if (open && event.position().compareTo(from) > 0) {
            sent = sent.max(event.position());
            send(SseFrame.event(sent.format(), event.kind().label(), event.record().toString()));
        }
    }

    private void send(String frame) {
        open = sink.send(frame);
    }
}
