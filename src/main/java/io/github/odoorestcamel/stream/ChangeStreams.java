package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.component.odoo.KnownIdsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The open change streams: at most {@code maxStreams} of them, and one {@link SharedPoller} per
 * key, started with its first stream and stopped with its last. Polls and heartbeats run on their
 * own few threads, never on the HTTP server's.
 */
public final class ChangeStreams {

    private record Polling(SharedPoller poller, ScheduledFuture<?> polls, ScheduledFuture<?> heartbeats) {
        void cancel() {
            polls.cancel(false);
            heartbeats.cancel(false);
        }
    }

    private final OdooClient odoo;
    private final ReadService reads;
    private final ChangeStreamSettings settings;
    private final Path knownIds;
    private final Semaphore slots;
    private final ScheduledExecutorService timer;
    private final Map<StreamKey, Polling> pollers = new HashMap<>();

    /** Streams whose polls keep the ids they announced in files in the folder {@code knownIds}. */
    public ChangeStreams(OdooClient odoo, ReadService reads, ChangeStreamSettings settings, Path knownIds) {
        this.odoo = odoo;
        this.reads = reads;
        this.settings = settings;
        this.knownIds = knownIds;
        this.slots = new Semaphore(settings.maxStreams());
        this.timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "change-streams");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes one of the streams' places before the stream is checked; a JSON 503 when all are taken. */
    public void reserve() {
        if (!slots.tryAcquire()) {
            throw new GatewayException(ErrorKind.UNAVAILABLE, "TooManyStreams",
                    "The gateway serves " + settings.maxStreams() + " change streams at most (http.sse.max-streams); try again later");
        }
    }

    /** Gives back a place taken by {@link #reserve} for a stream that did not open. */
    public void release() {
        slots.release();
    }

    /**
     * Opens a reserved stream from {@code from}: where the client resumes, or the time it was
     * accepted, taken before its first byte so that nothing the client does after seeing the stream
     * open comes before it. It catches up when its key's shared poll is further, then follows it.
     */
    public ChangeStream open(StreamKey key, Caller caller, Watermark from, ChangeStream.Sink sink) {
        // a stream that stops being open (client gone or not reading) gives its place back, off the poll's locks
        ChangeStream stream = new ChangeStream(key, from, sink, this::closeLater);
        // joined under the lock that stops a poller with its last stream, so none joins a stopped one
        synchronized (pollers) {
            SharedPoller poller = poller(key, caller, from);
            try {
                poller.join(stream, caller);
            } catch (RuntimeException e) {
                // a poll started for this stream alone stops with it
                if (poller.leave(stream)) {
                    pollers.remove(key).cancel();
                }
                throw e;
            }
        }
        return stream;
    }

    /** Closes a stream opened by {@link #open} and frees its place, once however often it is called; the last stream of a key stops its poll. */
    public void close(ChangeStream stream) {
        if (!stream.release()) {
            return;
        }
        synchronized (pollers) {
            Polling polling = pollers.get(stream.key());
            if (polling != null && polling.poller().leave(stream)) {
                polling.cancel();
                pollers.remove(stream.key());
            }
        }
        slots.release();
    }

    private void closeLater(ChangeStream stream) {
        try {
            timer.execute(() -> close(stream));
        } catch (RejectedExecutionException stopped) {
            // the streams are stopped: no poll holds a lock any more
            close(stream);
        }
    }

    /** Stops every poll and ends every stream's answer, so that clients see an end rather than a broken connection. */
    public void stop() {
        synchronized (pollers) {
            pollers.values().forEach(polling -> {
                polling.cancel();
                polling.poller().end();
            });
            pollers.clear();
        }
        timer.shutdownNow();
    }

    /** The file of a key's announced ids, named by a hash of the key; null when deletions are not looked for. */
    private KnownIdsFile knownIdsFile(StreamKey key) {
        if (settings.deletes().isZero()) {
            return null;
        }
        try {
            Files.createDirectories(knownIds);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + knownIds + " (in odoo.state-dir)", e);
        }
        return new KnownIdsFile(knownIds.resolve(Caller.sha256(key.toString()) + ".ids"));
    }

    private SharedPoller poller(StreamKey key, Caller caller, Watermark from) {
        return pollers.computeIfAbsent(key, k -> {
            SharedPoller poller = new SharedPoller(new ChangeReader(odoo, reads, key, settings.batchSize()), caller, from,
                    settings.timing(), knownIdsFile(key), Clock.systemUTC());
            long poll = settings.pollInterval().toMillis();
            long beat = settings.heartbeat().toMillis();
            return new Polling(poller, timer.scheduleWithFixedDelay(poller::poll, poll, poll, TimeUnit.MILLISECONDS),
                    timer.scheduleAtFixedRate(poller::heartbeat, beat, beat, TimeUnit.MILLISECONDS));
        }).poller();
    }
}
