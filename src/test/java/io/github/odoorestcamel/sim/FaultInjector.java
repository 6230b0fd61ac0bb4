package io.github.odoorestcamel.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The failures a test can ask of the simulated Odoo: a slow answer, a canned raw answer (HTML,
 * garbage, a redirect), a connection dropped after the call was carried out, an endless answer,
 * a relay that closes each connection silently after one answer, and model methods that find
 * Odoo unreachable.
 */
final class FaultInjector implements AutoCloseable {

    private final AtomicReference<OdooSimulator.RawReply> nextReply = new AtomicReference<>();
    private final AtomicInteger dropAnswers = new AtomicInteger();
    private final AtomicReference<long[]> breakAnswer = new AtomicReference<>();
    private final AtomicInteger floodAnswers = new AtomicInteger();
    private final AtomicLong floodedBytes = new AtomicLong();
    private volatile long floodSize;
    private volatile long delayMillis;
    private final Set<String> unreachableMethods = ConcurrentHashMap.newKeySet();
    private ClosingRelay closingRelay;

    void replyOnce(OdooSimulator.RawReply reply) {
        nextReply.set(reply);
    }

    void dropNextAnswer() {
        dropAnswers.incrementAndGet();
    }

    void breakNextAnswer(long afterBytes, long pauseMillis, boolean cut) {
        breakAnswer.set(new long[] {afterBytes, pauseMillis, cut ? 1 : 0});
    }

    /**
     * When asked to: writes the first bytes of the answer, pauses, then writes the rest or closes
     * the connection in the middle of the answer. True when it did.
     */
    boolean breakAnswer(HttpExchange exchange, String answer) throws IOException {
        long[] fault = breakAnswer.getAndSet(null);
        if (fault == null) {
            return false;
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        int first = (int) Math.min(fault[0], bytes.length);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, first);
        out.flush();
        sleep(fault[1]);
        if (fault[2] == 1) {
            throw new IOException("answer cut on purpose");
        }
        out.write(bytes, first, bytes.length - first);
        out.close();
        return true;
    }

    void floodNextAnswers(int count, long bytes) {
        floodSize = bytes;
        floodAnswers.set(count);
    }

    long floodedBytes() {
        return floodedBytes.get();
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    void unreachableFor(String method, boolean unreachable) {
        if (unreachable) {
            unreachableMethods.add(method);
        } else {
            unreachableMethods.remove(method);
        }
    }

    /** Before a model method runs: when it is to fail, the connection closes without an answer, as when Odoo is down. */
    void failIfUnreachable(String method) {
        if (unreachableMethods.contains(method)) {
            throw new UncheckedIOException(new IOException("Odoo is unreachable for " + method + " on purpose"));
        }
    }

    synchronized int relayTo(int port) throws IOException {
        if (closingRelay == null) {
            closingRelay = new ClosingRelay(port).start();
        }
        return closingRelay.port();
    }

    synchronized int relayedConnections() {
        return closingRelay == null ? 0 : closingRelay.accepted();
    }

    /** Answers the request in place of Odoo when a fault says so; true when it did. */
    boolean answerInstead(HttpExchange exchange) throws IOException {
        if (floodAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            flood(exchange);
            return true;
        }
        OdooSimulator.RawReply canned = nextReply.getAndSet(null);
        sleep(canned != null ? canned.delayMillis() : delayMillis);
        if (canned == null) {
            return false;
        }
        canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        SimResponses.send(exchange, canned.status(), canned.contentType(), canned.body());
        return true;
    }

    /**
     * After the call was carried out: when asked to, answers a status line promising a body that
     * never comes and closes, so the client sees the connection die. True when it did.
     */
    boolean dropAnswer(HttpExchange exchange) throws IOException {
        if (dropAnswers.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            return false;
        }
        exchange.sendResponseHeaders(200, 1_000_000);
        exchange.getResponseBody().flush();
        throw new IOException("connection dropped on purpose");
    }

    private void flood(HttpExchange exchange) throws IOException {
        byte[] head = "{\"jsonrpc\": \"2.0\", \"id\": null, \"result\": \"".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[65536];
        Arrays.fill(chunk, (byte) 'x');
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, floodSize);
        OutputStream out = exchange.getResponseBody();
        out.write(head);
        floodedBytes.addAndGet(head.length);
        for (long left = floodSize - head.length - 2; left > 0; left -= chunk.length) {
            int n = (int) Math.min(left, chunk.length);
            out.write(chunk, 0, n);
            floodedBytes.addAndGet(n);
        }
        out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        out.close();
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closingRelay != null) {
            closingRelay.close();
        }
    }
}
