package io.github.odoorestcamel.odoo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connections opened ahead of need, against a server that, like Odoo's own, closes every
 * connection after its answer and can drop a connection that waits too long for its request.
 */
class ReadyConnectionsTest {

    private static final JsonNode CALL = Json.NODES.objectNode().put("jsonrpc", "2.0").put("method", "call")
            .set("params", Json.NODES.objectNode());

    /** What happened on one accepted connection. */
    private static final class Accepted {
        final long acceptedAt = System.nanoTime();
        volatile boolean requested;
        volatile boolean endedUnused;
    }

    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    /** Like Odoo's multi-process server, drop a connection whose request does not come within this many ms (0: wait). */
    private volatile int dropIdleAfterMillis;
    private OdooHttp http;

    ReadyConnectionsTest() throws IOException {
        Thread acceptor = new Thread(this::accept);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Accepted connection = new Accepted();
                accepted.add(connection);
                Thread serving = new Thread(() -> serve(socket, connection));
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, Accepted connection) {
        try (socket) {
            socket.setSoTimeout(dropIdleAfterMillis);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String line = in.readLine();
            if (line == null) {
                connection.endedUnused = true;
                return;
            }
            connection.requested = true;
            socket.setSoTimeout(0);
            int length = 0;
            while (!(line = in.readLine()).isEmpty()) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            in.skip(length);
            byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":true}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (IOException | RuntimeException e) {
            connection.endedUnused = !connection.requested;
        }
    }

    private OdooHttp http(int ready, Duration maxIdle) {
        http = new OdooHttp(new OdooHttpSettings("http://127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(5),
                Duration.ofSeconds(5), 20, Duration.ofSeconds(30), 1_000_000, ready, maxIdle));
        return http;
    }

    @AfterEach
    void stop() throws IOException {
        if (http != null) {
            http.close();
        }
        server.close();
    }

    @Test
    void eachCallAfterTheFirstGoesOutOnAConnectionOpenedBeforeIt() {
        OdooHttp odoo = http(1, Duration.ofSeconds(10));
        for (int call = 0; call < 5; call++) {
            if (call > 0) {
                // the server's accept can come before the client has the connection in hand
                awaitTrue(() -> unused() == 1 && odoo.readyConnections() == 1);
            }
            long started = System.nanoTime();
            assertEquals(200, odoo.post("/jsonrpc", CALL, Map.of(), false).status());
            Accepted used = accepted.stream().filter(c -> c.requested).reduce((a, b) -> b.acceptedAt > a.acceptedAt ? b : a).orElseThrow();
            if (call > 0) {
                assertTrue(used.acceptedAt < started, "call " + call + " waited for its own connection");
            }
        }
        awaitTrue(() -> unused() == 1);
        assertEquals(6, accepted.size(), "five calls, and one connection ready for the next");
    }

    @Test
    void aConnectionUnusedPastItsIdleLimitIsClosedAndTheNextCallOpensItsOwn() {
        OdooHttp odoo = http(1, Duration.ofMillis(200));
        odoo.post("/jsonrpc", CALL, Map.of(), true);
        awaitTrue(() -> accepted.stream().anyMatch(c -> c.endedUnused));
        assertEquals(2, accepted.size());
        assertEquals(200, odoo.post("/jsonrpc", CALL, Map.of(), false).status());
        assertEquals(2, accepted.stream().filter(c -> c.requested).count(), "a new connection carried the call");
        assertEquals(1, accepted.stream().filter(c -> c.endedUnused).count());
    }

    @Test
    void aWriteNeverGoesOutOnAReadyConnectionOdooHasClosed() {
        dropIdleAfterMillis = 100;
        OdooHttp odoo = http(1, Duration.ofSeconds(10));
        odoo.post("/jsonrpc", CALL, Map.of(), true);
        awaitTrue(() -> accepted.stream().anyMatch(c -> c.endedUnused));
        assertEquals(200, odoo.post("/jsonrpc", CALL, Map.of(), false).status(), "the write was not sent to a closed connection");
        assertEquals(2, accepted.stream().filter(c -> c.requested).count(), "a new connection carried the write");
        assertTrue(accepted.stream().filter(c -> c.endedUnused).noneMatch(c -> c.requested));
    }

    @Test
    void noneIsOpenedAheadWhenTurnedOff() throws InterruptedException {
        OdooHttp odoo = http(0, Duration.ofSeconds(1));
        for (int call = 0; call < 3; call++) {
            odoo.post("/jsonrpc", CALL, Map.of(), false);
        }
        Thread.sleep(200);
        assertEquals(3, accepted.size());
        assertTrue(accepted.stream().allMatch(c -> c.requested));
    }

    private long unused() {
        return accepted.stream().filter(c -> !c.requested && !c.endedUnused).count();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
