package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.KnownIds;
import io.github.odoorestcamel.component.odoo.KnownIdsFile;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of Odoo for every open stream of one {@link StreamKey}: each poll reads the changes
 * after its position once and hands the new ones to all its streams. While the position is
 * younger than {@code lookback} plus one poll interval, a poll reads the {@code lookback} seconds
 * behind it again, so that records of a transaction that committed late (Odoo stamps the
 * transaction's start) still come; what was announced already is passed over by its key.
 * A stream that resumes from an earlier position first catches up alone, under the same lock as
 * the poll, so that no poll runs between its catch-up and its joining. The records announced are
 * kept (in a file, when given, so that a poll started again for the same key, after its streams
 * left or after a restart, still watches them), and at its first poll and then every
 * {@code deletes} interval those the caller can no longer find are announced as deleted. The
 * deletions it announced are kept with the position the poll had then (the last
 * {@value #DELETIONS_KEPT} ids), so that a stream resuming from that position or an earlier one
 * gets them too.
 */
public final class SharedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(SharedPoller.class);

    static final int DELETIONS_KEPT = 10_000;

    /** Records announced as deleted when the poll stood at {@code at}. */
    private record Deletions(Watermark at, List<Long> ids) {
    }

    /** How often and how far back the poll reads. */
    public record Timing(Duration pollInterval, Duration lookback, Duration deletes) {
    }

    private final ChangeSource source;
    private final Timing timing;
    private final Clock clock;
    private final Set<ChangeStream> streams = new CopyOnWriteArraySet<>();
    private final KnownIdsFile file;
    private final KnownIds known;
    private final RecentKeys announced = new RecentKeys();
    private final Deque<Deletions> deletions = new ArrayDeque<>();
    private int deletionsKept;
    private final Watermark start;
    private Caller caller;
    private Watermark position;
    private Instant lastSweep;

    /** A poll from {@code start}, the position of its first stream, keeping its announced ids in {@code file} (null: in memory). */
    public SharedPoller(ChangeSource source, Caller caller, Watermark start, Timing timing, KnownIdsFile file, Clock clock) {
        this.source = source;
        this.caller = caller;
        this.timing = timing;
        this.file = file;
        this.known = file == null ? KnownIds.empty() : file.load();
        this.clock = clock;
        this.start = start;
        this.position = start;
    }

    /**
     * Adds a stream; one that starts behind the poll reads what it missed first, as its own
     * caller. The poll goes on with the newest caller's credentials, so a session that ends does
     * not end the others' streams while one of them is alive.
     */
    public synchronized void join(ChangeStream stream, Caller streamCaller) {
        caller = streamCaller;
        if (stream.from().compareTo(position) < 0) {
            source.after(streamCaller, stream.from(), missed -> {
                remember(missed);
                stream.caughtUp(missed);
            });
        }
        // a deletion sent with the client's last position may come twice; one after it is never missed
        deletions.stream().filter(deleted -> deleted.at().compareTo(stream.from()) >= 0).forEach(deleted -> stream.deleted(deleted.ids()));
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
            Instant now = clock.instant();
            Watermark cursor = windowOpen(now) ? position.minusSeconds(timing.lookback().toSeconds()) : position;
            source.after(caller, cursor, this::announce);
            String windowStart = position.minusSeconds(timing.lookback().toSeconds()).second();
            announced.forgetBefore(windowStart);
            streams.forEach(stream -> stream.forgetBefore(windowStart));
            if (!timing.deletes().isZero() && (lastSweep == null || !now.isBefore(lastSweep.plus(timing.deletes())))) {
                List<Long> gone = source.gone(caller, known);
                lastSweep = now;
                if (!gone.isEmpty()) {
                    keep(new Deletions(position, gone));
                    streams.forEach(stream -> stream.deleted(gone));
                    gone.forEach(known::remove);
                    save();
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

    /** Hands a page's new changes to every stream and moves the position past the page. */
    private void announce(List<StreamEvent> page) {
        List<StreamEvent> fresh = new ArrayList<>();
        for (StreamEvent event : page) {
            position = position.max(event.position());
            if (announced.add(event)) {
                fresh.add(event);
            }
        }
        if (!fresh.isEmpty()) {
            // the window read at the first polls reaches behind the start: no stream is sent those, nor watched for them
            remember(fresh.stream().filter(event -> event.position().compareTo(start) > 0).toList());
            streams.forEach(stream -> stream.changed(fresh));
        }
    }

    /** Whether records may still commit behind the position: it is younger than lookback plus one poll interval. */
    private boolean windowOpen(Instant now) {
        return !timing.lookback().isZero()
                && position.instant().plus(timing.lookback()).plus(timing.pollInterval()).plusSeconds(1).isAfter(now);
    }

    /** Odoo down, or answering in part: the streams stay open, are told in a comment, and the next poll tries again. */
    private void failed(RuntimeException e) {
        String reason = e instanceof GatewayException known ? known.name() + ": " + known.getMessage() : e.getClass().getName();
        LOG.warn("A change stream's poll failed: {}", reason);
        streams.forEach(stream -> stream.note("the poll of Odoo failed (" + reason.replaceAll("[\\r\\n]", " ") + "); the next one tries again"));
    }

    public void heartbeat() {
        streams.forEach(ChangeStream::heartbeat);
    }

    public void end() {
        streams.forEach(ChangeStream::end);
    }

    private void keep(Deletions deleted) {
        deletions.addLast(deleted);
        deletionsKept += deleted.ids().size();
        while (deletionsKept > DELETIONS_KEPT && deletions.size() > 1) {
            deletionsKept -= deletions.removeFirst().ids().size();
        }
    }

    private void remember(List<StreamEvent> events) {
        if (known.addAll(events.stream().map(StreamEvent::id).toList())) {
            save();
        }
    }

    private void save() {
        if (file != null) {
            file.save(known);
        }
    }
}
