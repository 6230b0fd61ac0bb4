package io.github.odoorestcamel.server;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds what clients can hold of the server: at most {@code maxConnections} open connections (one
 * more is closed as soon as it is accepted), and a client must complete a request's line and
 * headers within {@code headerTimeout} of connecting or of its previous answer, else its connection
 * is closed. So clients that send nothing, or a header byte now and then, cannot pin sockets and
 * file descriptors for ever.
 */
final class ConnectionGuard implements Handler<HttpConnection> {

    /** The clock of one connection: the pending head deadline, and how many of its requests are being answered. */
    private static final class Clock {
        long timer = -1;
        int answering;
    }

    private final Vertx vertx;
    private final int maxConnections;
    private final long headerTimeoutMs;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<HttpConnection, Clock> clocks = new ConcurrentHashMap<>();

    ConnectionGuard(Vertx vertx, int maxConnections, Duration headerTimeout) {
        this.vertx = vertx;
        this.maxConnections = maxConnections;
        this.headerTimeoutMs = headerTimeout.toMillis();
    }

    @Override
    public void handle(HttpConnection connection) {
        int count = open.incrementAndGet();
        connection.closeHandler(closed -> {
            open.decrementAndGet();
            Clock clock = clocks.remove(connection);
            if (clock != null && clock.timer >= 0) {
                vertx.cancelTimer(clock.timer);
            }
        });
        if (count > maxConnections) {
            connection.close();
            return;
        }
        Clock clock = new Clock();
        clocks.put(connection, clock);
        awaitHead(connection, clock);
    }

    /** Runs first for every request: its head is complete, so the connection's deadline waits until it is answered. */
    void headReceived(RoutingContext context) {
        HttpConnection connection = context.request().connection();
        Clock clock = clocks.get(connection);
        if (clock != null) {
            if (clock.timer >= 0) {
                vertx.cancelTimer(clock.timer);
                clock.timer = -1;
            }
            clock.answering++;
            context.addEndHandler(answered -> {
                clock.answering--;
                if (answered.succeeded() && clock.answering == 0 && clocks.get(connection) == clock) {
                    awaitHead(connection, clock);
                }
            });
        }
        context.next();
    }

    private void awaitHead(HttpConnection connection, Clock clock) {
        clock.timer = vertx.setTimer(headerTimeoutMs, fired -> {
            clock.timer = -1;
            connection.close();
        });
    }
}
