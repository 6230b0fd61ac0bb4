package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One client's stream. It starts at a position ({@code from}: now, or where the client resumes)
 * and sends no change at or before it, which the client had or which came before it opened.
 * Each event's id is the highest position sent so far, so that ids only grow: a record of a
 * transaction that committed late arrives after newer ones, and a client resuming from its id
 * neither gets the newer ones again nor skips anything after them. A deleted record has no
 * position of its own, so its event carries the stream's position too. The changes a resume's
 * catch-up sent are remembered until they fall behind the poll's window, so that the shared poll
 * finding them later does not send them twice. When it stops being open (ended, or its client
 * gone or not reading) it says so once, so that its place is given back.
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
    private final Consumer<ChangeStream> closed;
    private final AtomicBoolean released = new AtomicBoolean();
    private Watermark sent;
    private boolean open = true;

    public ChangeStream(StreamKey key, Watermark from, Sink sink) {
        this(key, from, sink, stream -> {
        });
    }

    /** A stream that hands itself to {@code closed} once it is no longer open. */
    public ChangeStream(StreamKey key, Watermark from, Sink sink, Consumer<ChangeStream> closed) {
        this.key = key;
        this.from = from;
        this.sent = from;
        this.sink = sink;
        this.closed = closed;
    }

    /** True the first time only: whoever gets it gives the stream's place back. */
    public boolean release() {
        return released.compareAndSet(false, true);
    }

    public StreamKey key() {
        return key;
    }

    public Watermark from() {
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
            closed.accept(this);
        }
    }

    /** A comment the client's tools show (curl), not its EventSource. */
    public synchronized void note(String text) {
        if (open) {
            send(SseFrame.comment(text));
        }
    }

    private void send(StreamEvent event) {
        if (open && event.position().compareTo(from) > 0) {
            sent = sent.max(event.position());
            send(SseFrame.event(sent.format(), event.kind().label(), event.record().toString()));
        }
    }

    private void send(String frame) {
        if (!sink.send(frame)) {
            open = false;
            closed.accept(this);
        }
    }
}
