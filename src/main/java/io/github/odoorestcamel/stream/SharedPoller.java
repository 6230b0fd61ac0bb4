package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.KnownIds;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of Odoo for every open stream of one {@link StreamKey}: each poll reads the changes
 * after its position once and hands them to all its streams. A stream that resumes from an earlier
 * position first catches up alone, under the same lock as the poll, so that no poll runs between
 * its catch-up and its joining; the poll's position stays where the other streams are, and the
 * resumed stream's own position drops what it already had. The records announced are kept in
 * memory, and every {@code deletes} interval those the caller can no longer find are announced as
 * deleted.
 */
public final class SharedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(SharedPoller.class);

    private final ChangeSource source;
    private final Duration deletes;
    private final Clock clock;
    private final Set<ChangeStream> streams = new CopyOnWriteArraySet<>();
    private final KnownIds known = KnownIds.empty();
    private Caller caller;
    private Watermark position;
    private Instant lastSweep;

    public SharedPoller(ChangeSource source, Caller caller, Duration deletes, Clock clock) {
        this.source = source;
        this.caller = caller;
        this.deletes = deletes;
        this.clock = clock;
        this.position = Watermark.at(clock.instant());
        this.lastSweep = clock.instant();
    }

    /**
     * Adds a stream: from {@code since} (read now, as this stream's caller) or, without it, from
     * now. The poll goes on with the newest caller's credentials, so a session that ends does not
     * end the others' streams while one of them is alive.
     */
    public synchronized void join(ChangeStream stream, Caller streamCaller, Watermark since) {
        caller = streamCaller;
        if (since != null && since.compareTo(position) < 0) {
            source.after(streamCaller, since, missed -> {
                remember(missed);
                stream.changed(missed);
            });
        }
        streams.add(stream);
    }

    /** Removes a stream; true when it was the last. */
    public synchronized boolean leave(ChangeStream stream) {
        streams.remove(stream);
        return streams.isEmpty();
    }

    public synchronized void poll() {
        streams.removeIf(stream -> !stream.isOpen());
        try {
            source.after(caller, position, events -> {
                if (!events.isEmpty()) {
                    remember(events);
                    position = events.get(events.size() - 1).position();
                    streams.forEach(stream -> stream.changed(events));
                }
            });
            Instant now = clock.instant();
            if (!deletes.isZero() && !now.isBefore(lastSweep.plus(deletes))) {
                List<Long> gone = source.gone(caller, known);
                gone.forEach(known::remove);
                lastSweep = now;
                if (!gone.isEmpty()) {
                    streams.forEach(stream -> stream.deleted(gone));
                }
            }
        } catch (GatewayException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                // the session ended or the key was revoked: each client reconnects with its own credentials and resumes
                end();
            } else {
                failed(e);
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** Odoo down, or answering in part: the streams stay open and the next poll tries again. */
    private static void failed(RuntimeException e) {
        LOG.warn("A change stream's poll failed: {}", e.getClass().getName());
    }

    public void heartbeat() {
        streams.forEach(ChangeStream::heartbeat);
    }

    public void end() {
        streams.forEach(ChangeStream::end);
    }

    private void remember(List<StreamEvent> events) {
        known.addAll(events.stream().map(StreamEvent::id).toList());
    }
}
