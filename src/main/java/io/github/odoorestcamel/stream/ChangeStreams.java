package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.read.ReadService;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
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
    private final Semaphore slots;
    private final ScheduledExecutorService timer;
    private final Map<StreamKey, Polling> pollers = new HashMap<>();

    public ChangeStreams(OdooClient odoo, ReadService reads, ChangeStreamSettings settings) {
        this.odoo = odoo;
        this.reads = reads;
        this.settings = settings;
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

    /** Opens a reserved stream: it catches up from {@code since} when given, then follows its key's shared poll. */
    public ChangeStream open(StreamKey key, Caller caller, Watermark since, ChangeStream.Sink sink) {
        Watermark from = since != null ? since : Watermark.at(Clock.systemUTC().instant());
        ChangeStream stream = new ChangeStream(key, from, sink);
        // joined under the lock that stops a poller with its last stream, so none joins a stopped one
        synchronized (pollers) {
            poller(key, caller).join(stream, caller, since);
        }
        return stream;
    }

    /** Closes a stream opened by {@link #open} and frees its place; the last stream of a key stops its poll. */
    public void close(ChangeStream stream) {
        synchronized (pollers) {
            Polling polling = pollers.get(stream.key());
            if (polling != null && polling.poller().leave(stream)) {
                polling.cancel();
                pollers.remove(stream.key());
            }
        }
        slots.release();
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

    private SharedPoller poller(StreamKey key, Caller caller) {
        return pollers.computeIfAbsent(key, k -> {
            SharedPoller poller = new SharedPoller(new ChangeReader(odoo, reads, key, settings.batchSize()), caller,
                    settings.deletes(), Clock.systemUTC());
            long poll = settings.pollInterval().toMillis();
            long beat = settings.heartbeat().toMillis();
            return new Polling(poller, timer.scheduleWithFixedDelay(poller::poll, poll, poll, TimeUnit.MILLISECONDS),
                    timer.scheduleAtFixedRate(poller::heartbeat, beat, beat, TimeUnit.MILLISECONDS));
        }).poller();
    }
}
