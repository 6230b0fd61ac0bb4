package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SECURITY-CHECKS memory_budget and bad_escape, against the gateway in its own JVM with a small heap:
 * 32 concurrent bodies of 9.5 MB each, under the body limit, must not exhaust the heap — what does
 * not fit in the body budget is a JSON 503 with Retry-After, and the server keeps answering.
 */
class MemoryBudgetTest {

    private static final int BODY_BYTES = 9_500_000;
    private static final int CLIENTS = 32;

    private static OdooSimulator odoo;
    /** A gateway with the default settings. */
    private static GatewayProcess defaults;

    @BeforeAll
    static void start() throws Exception {
        odoo = new OdooSimulator(17).start();
        defaults = GatewayProcess.start("gateway-defaults", odoo.url(), "128m", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        defaults.close();
        odoo.close();
    }

    @Test
    void largeBodiesBeyondTheBudgetAre503AndTheServerKeepsAnswering() throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start("memory-budget", odoo.url(), "128m",
                Map.of("HTTP_MAX_BODY_BYTES", "10485760", "HTTP_MAX_BODY_MEMORY_BYTES", "16777216"))) {
            String session = gateway.login("admin");
            long createsBefore = odoo.callsTo("create");
            List<Reply> replies = flood(gateway, session);
            int created = 0;
            int refused = 0;
            for (Reply reply : replies) {
                assertEquals(reply.status(), reply.json().path("error").path("code").asInt(reply.status()), reply.body());
                if (reply.status() == 201) {
                    created++;
                } else {
                    assertEquals(503, reply.status(), reply.body());
                    assertNotNull(reply.header("Retry-After"), "a 503 says when to come back");
                    refused++;
                }
            }
            assertTrue(created >= 1, "bodies that fit are handled: " + created);
            assertTrue(refused >= 1, "bodies that do not fit are refused: " + refused);
            assertEquals(created, odoo.callsTo("create") - createsBefore, "a refused body never reaches Odoo");
            assertTrue(gateway.isAlive());
            assertEquals(200, gateway.get("/health").status());
            assertEquals(200, gateway.getAs(session, "/api/res.country/?page_size=5").status());
            assertFalse(gateway.log().contains("OutOfMemoryError"), gateway.log());
        }
    }

    @Test
    void aBodyOverTheDefaultLimitIsRefusedBeforeItIsRead() throws Exception {
        String session = defaults.login("admin");
        for (Reply reply : flood(defaults, session)) {
            assertEquals(413, reply.status(), reply.body());
            assertEquals(413, reply.json().path("error").path("code").asInt());
        }
        assertEquals(200, defaults.get("/health").status());
    }

    @Test
    void aMalformedEscapeIsAJson400AndTheQueryStringIsNotLogged() throws Exception {
        String canary = "CANARY0123456789abcdefCANARY";
        RawHttp.Answer reply = RawHttp.get(defaults.port, "/api/res.partner/?session_id=" + canary + "&x=%zz");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.json().path("error").path("message").asText().contains("percent-encoding"), reply.body());
        assertFalse(reply.body().contains(canary));
        RawHttp.Answer longLine = RawHttp.get(defaults.port, "/api/res.partner/?session_id=" + canary + "&x=" + "%zz".repeat(600_000));
        assertEquals(400, longLine.status(), longLine.body());
        assertEquals(200, defaults.get("/health").status());
        String log = defaults.log();
        assertFalse(log.contains("CANARY"), log);
        assertFalse(log.contains("%zz"), log);
    }

    @Test
    void anOutOfMemoryErrorEndsTheProcessInsteadOfLeavingItDeaf() throws Exception {
        // no budget to speak of: the flood exhausts the heap, and the process must then end
        try (GatewayProcess gateway = GatewayProcess.start("memory-exhausted", odoo.url(), "64m",
                Map.of("HTTP_MAX_BODY_BYTES", "10485760", "HTTP_MAX_BODY_MEMORY_BYTES", "1073741824"))) {
            String session = gateway.login("admin");
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                byte[] body = body();
                for (int i = 0; i < CLIENTS; i++) {
                    clients.submit(() -> gateway.postBytes("/api/res.partner/", body, "Cookie", "session_id=" + session));
                }
                // a heap that thrashes in collections before it is exhausted takes longer on a loaded machine
                Integer status = gateway.exitStatus(Duration.ofSeconds(90));
                assertEquals(Integer.valueOf(3), status, "the process ends with the out-of-memory status\n" + gateway.log());
                assertTrue(gateway.log().contains("OutOfMemoryError"), gateway.log());
            } finally {
                clients.shutdownNow();
            }
        }
    }

    private static List<Reply> flood(GatewayClient gateway, String session) throws Exception {
        byte[] body = body();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sent.add(clients.submit(() -> gateway.postBytes("/api/res.partner/", body, "Cookie", "session_id=" + session)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            clients.shutdownNow();
        }
    }

    /** A partner whose name makes the body {@link #BODY_BYTES} long. */
    private static byte[] body() {
        byte[] head = "{\"params\":{\"data\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BODY_BYTES];
        Arrays.fill(body, (byte) 'n');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, BODY_BYTES - tail.length, tail.length);
        return body;
    }
}
