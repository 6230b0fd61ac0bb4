package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY-CHECKS idle_client and what the HTTP layer answers by itself: every refusal is JSON, and
 * clients cannot hold connections for ever.
 */
class HttpEdgeTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);

    /**
     * Short timeouts and small limits (the body budget is one largest body), so that the tests wait
     * seconds, not minutes. It is reached over fresh sockets only: a pooled connection would meet
     * its 2 s keep-alive end at random.
     */
    private static RunningGateway edge() {
        return RunningGateway.withSettings("edge", 17, Map.of("http.request-header-timeout", "2", "http.idle-timeout", "5",
                "odoo.http.timeout-ms", "4000", "http.max-connections", "8", "http.max-request-line-bytes", "8192",
                "http.max-header-bytes", "8192", "http.max-body-memory-bytes", "1048576", "http.sse.heartbeat", "2"));
    }

    @Test
    void aMethodNotServedIsA405ThatNamesTheAllowedMethods() {
        Reply collection = GATEWAY.send("PATCH", "/api/res.partner/", "{}");
        assertEquals(405, collection.status());
        assertEquals(405, collection.json().path("error").path("code").asInt());
        assertEquals("DELETE, GET, POST, PUT", collection.header("Allow"));
        assertEquals("DELETE, GET, PUT", GATEWAY.send("PATCH", "/api/res.partner/7", "{}").header("Allow"));
        assertEquals("GET", GATEWAY.send("DELETE", "/api/res.partner/7/image_128/", null).header("Allow"));
        assertEquals("POST", GATEWAY.send("GET", "/object/res.partner/name_search", null).header("Allow"));
        assertEquals("GET", GATEWAY.send("POST", "/health", "{}").header("Allow"));
    }

    @Test
    void aMalformedEscapeInThePathIsAJson400() throws IOException {
        RawHttp.Answer answer = RawHttp.get(GATEWAY.port, "/api/res.part%zzner/");
        assertEquals(400, answer.status(), answer.body());
        assertEquals(400, answer.json().path("error").path("code").asInt());
        RawHttp.Answer truncated = RawHttp.get(GATEWAY.port, "/api/res.partner/?filter=%2");
        assertEquals(400, truncated.status(), truncated.body());
        assertTrue(answer.headers().get("x-request-id").matches("[0-9a-f-]{36}"), "answers refused by the server carry an id too");
        RawHttp.Answer named = RawHttp.exchange(GATEWAY.port,
                "GET /api/res.part%zzner/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: trace-42\r\nConnection: close\r\n\r\n");
        assertEquals("trace-42", named.headers().get("x-request-id"));
    }

    @Test
    void aRequestLineOverTheLimitIsAJson414() throws IOException {
        RawHttp.Answer answer = RawHttp.get(edge().port, "/api/res.partner/?filter=" + "x".repeat(10_000));
        assertEquals(414, answer.status(), answer.body());
        assertEquals(414, answer.json().path("error").path("code").asInt());
        assertTrue(answer.body().contains("http.max-request-line-bytes"), answer.body());
    }

    @Test
    void headersOverTheLimitAreAJson431() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(edge().port,
                "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "x".repeat(10_000) + "\r\n\r\n");
        assertEquals(431, answer.status(), answer.body());
        assertEquals(431, answer.json().path("error").path("code").asInt());
        assertTrue(answer.body().contains("http.max-header-bytes"), answer.body());
    }

    @Test
    void aClientThatNeverCompletesItsHeadIsDisconnected() throws Exception {
        RunningGateway gateway = edge();
        try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
            long start = System.nanoTime();
            write(socket, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            socket.setSoTimeout(300);
            boolean closed = false;
            // a header line now and then keeps bytes moving, so only the head's deadline can end it
            for (int i = 0; i < 40 && !closed; i++) {
                try {
                    write(socket, "X-Slow-" + i + ": 1\r\n");
                    closed = socket.getInputStream().read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    // not closed yet
                } catch (IOException reset) {
                    closed = true;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(closed, "the connection is still open after " + seconds + " s");
            assertTrue(seconds >= 1.5, "closed after " + seconds + " s, before the 2 s head deadline");
        }
        assertEquals(200, RawHttp.get(gateway.port, "/health").status());
    }

    @Test
    void anIdleKeepAliveConnectionIsClosed() throws Exception {
        RunningGateway gateway = edge();
        try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
            write(socket, "GET /api/res.partner/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(401, RawHttp.read(socket.getInputStream()).status());
            long answered = System.nanoTime();
            assertTrue(closesWithin(socket, 8_000), "an idle connection stays open");
            double seconds = (System.nanoTime() - answered) / 1e9;
            assertTrue(seconds >= 1.5, "closed after " + seconds + " s");
        }
    }

    @Test
    void aStalledBodyIsDisconnected() throws Exception {
        RunningGateway gateway = edge();
        String session = gateway.odoo.openSession("admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
            write(socket, "POST /api/res.partner.category/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: session_id=" + session
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"params\":");
            assertTrue(closesWithin(socket, 15_000), "a connection whose body stalls stays open");
        }
        assertEquals(201, createCategory(gateway, session, "After a stall").status());
    }

    @Test
    void aBodyThatDoesNotFitTheBudgetIsA503BeforeItIsRead() throws Exception {
        RunningGateway gateway = edge();
        String session = gateway.odoo.openSession("admin");
        String post = "POST /api/res.partner.category/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: session_id=" + session
                + "\r\nContent-Type: application/json\r\n";
        try (Socket holder = new Socket("127.0.0.1", gateway.port)) {
            // a body as large as the whole budget, sent slowly: it holds the budget while its bytes trickle in
            write(holder, post + "Content-Length: 1048576\r\n\r\n{\"params\":");
            Thread.sleep(300);
            write(holder, " ");
            try (Socket second = new Socket("127.0.0.1", gateway.port)) {
                write(second, post + "Content-Length: 10\r\n\r\n{\"a\":true}GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                RawHttp.Answer refused = RawHttp.read(second.getInputStream());
                assertEquals(503, refused.status(), refused.body());
                assertEquals(503, refused.json().path("error").path("code").asInt());
                assertEquals("2", refused.headers().get("retry-after"));
                assertEquals(200, RawHttp.read(second.getInputStream()).status(), "the refused body was read past: the connection goes on");
            }
            write(holder, " ");
            try (Socket waiting = new Socket("127.0.0.1", gateway.port)) {
                write(waiting, post + "Expect: 100-continue\r\nContent-Length: 10\r\n\r\n");
                RawHttp.Answer refused = RawHttp.read(waiting.getInputStream());
                assertEquals(503, refused.status(), refused.body());
                assertTrue(closesWithin(waiting, 5_000), "without its body, the connection cannot go on");
            }
        }
        // the stalled body gave its share back when its connection ended: the server sees the end a
        // moment after the client closed, so a request sent at once may still find the budget full
        long deadline = System.nanoTime() + 5_000_000_000L;
        int status = createCategory(gateway, session, "After the budget").status();
        while (status == 503 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = createCategory(gateway, session, "After the budget").status();
        }
        assertEquals(201, status);
    }

    @Test
    void connectionsBeyondTheCapAreClosedAtOnce() throws Exception {
        RunningGateway gateway = edge();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                sockets.add(new Socket("127.0.0.1", gateway.port));
            }
            int closedAtOnce = 0;
            for (Socket socket : sockets) {
                if (closesWithin(socket, 100)) {
                    closedAtOnce++;
                }
            }
            assertTrue(closedAtOnce >= 12, "only " + closedAtOnce + " of 20 connections were refused with a cap of 8");
            assertTrue(closedAtOnce < 20, "connections under the cap are kept");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        assertEquals(200, firstAnswerOnceTheServerSawTheCloses(gateway).status(), "once clients leave, connections are taken again");
    }

    /** The server learns of closed connections a moment after the client closes them; until then the cap still counts them. */
    private static RawHttp.Answer firstAnswerOnceTheServerSawTheCloses(RunningGateway gateway) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return RawHttp.get(gateway.port, "/health");
            } catch (IOException closedByTheCap) {
                if (System.nanoTime() > deadline) {
                    throw closedByTheCap;
                }
                Thread.sleep(100);
            }
        }
    }

    private static RawHttp.Answer createCategory(RunningGateway gateway, String session, String name) throws IOException {
        String body = "{\"params\":{\"data\":{\"name\":\"" + name + "\"}}}";
        return RawHttp.exchange(gateway.port, "POST /api/res.partner.category/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Cookie: session_id=" + session + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Whether the server closes the connection within {@code millis}, reading (and dropping) whatever it sends. */
    private static boolean closesWithin(Socket socket, int millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException open) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}
