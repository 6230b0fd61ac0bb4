package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import java.util.List;

/**
 * One client's stream: the position it has been sent up to, so that an event a shared poll finds
 * again (after a resume's catch-up went further than the poll) is not sent twice. A deleted record
 * has no position of its own, so its event carries the stream's position: resuming from it
 * neither skips nor repeats a change.
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
    private Watermark sent;
    private boolean open = true;

    public ChangeStream(StreamKey key, Watermark from, Sink sink) {
        this.key = key;
        this.sent = from;
        this.sink = sink;
    }

    public StreamKey key() {
        return key;
    }

    public synchronized Watermark sent() {
        return sent;
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** Sends the events after the stream's position, in order. */
    public synchronized void changed(List<StreamEvent> events) {
        for (StreamEvent event : events) {
            if (open && event.position().compareTo(sent) > 0) {
                send(SseFrame.event(event.position().format(), event.kind().label(), event.record().toString()));
                sent = event.position();
            }
        }
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

    private void send(String frame) {
        open = sink.send(frame);
    }
}
