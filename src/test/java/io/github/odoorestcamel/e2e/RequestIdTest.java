package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X-Request-Id on every answer, in the log lines of its request, and one access-log line per request. */
class RequestIdTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);
    private static final String ACCESS = "io.github.odoorestcamel.access";
    private static final String UPSTREAM = "io.github.odoorestcamel.odoo.transport.TransportRouter";

    @Test
    void aSaneIdFromTheClientIsSentBack() {
        String session = GATEWAY.login("admin");
        Reply reply = GATEWAY.get("/api/res.country/", "Cookie", "session_id=" + session, "X-Request-Id", "order-42.retry_1");
        assertEquals(200, reply.status());
        assertEquals("order-42.retry_1", reply.header("X-Request-Id"));
    }

    @Test
    void anyOtherIdIsReplacedByAFreshOne() {
        for (String bad : List.of("", "has space", "quote\"", "x".repeat(129), "é")) {
            Reply reply = GATEWAY.get("/api/res.partner/", "X-Request-Id", bad);
            assertEquals(401, reply.status());
            String id = reply.header("X-Request-Id");
            assertNotEquals(bad, id);
            assertEquals(id, UUID.fromString(id).toString(), "a generated id, not what the client sent");
        }
        assertNotEquals(GATEWAY.get("/health").header("X-Request-Id"), GATEWAY.get("/health").header("X-Request-Id"));
    }

    @Test
    void answersTheHttpServerMakesItselfCarryAnIdToo() {
        assertTrue(GATEWAY.get("/no/such/path").header("X-Request-Id") != null);
        assertTrue(GATEWAY.send("PATCH", "/api/res.partner/", "{}").header("X-Request-Id") != null);
        assertEquals("too-big-1", GATEWAY.send("POST", "/api/res.partner/", "x".repeat(11 * 1024 * 1024),
                "X-Request-Id", "too-big-1").header("X-Request-Id"));
    }

    @Test
    void oneAccessLineForEachRequestWithItsStatusDurationAndOdooCalls() throws Exception {
        String session = GATEWAY.login("admin");
        GATEWAY.getAs(session, "/api/res.partner/");
        try (CapturedLogs logs = new CapturedLogs(Level.INFO, ACCESS)) {
            GATEWAY.odoo.resetCalls();
            Reply reply = GATEWAY.get("/api/res.partner/?query=" + RunningGateway.q("{id, name}") + "&session_id=" + session,
                    "X-Request-Id", "access-1");
            assertEquals(200, reply.status());
            int calls = GATEWAY.odoo.callCount();
            GATEWAY.get("/api/res.partner/99999999999/", "Cookie", "session_id=" + session, "X-Request-Id", "access-2");
            ILoggingEvent first = logs.awaitRequest("access-1");
            String line = first.getFormattedMessage();
            assertTrue(line.startsWith("GET /api/res.partner/ 200 "), line);
            assertTrue(line.matches(".* \\d+\\.\\d ms, " + calls + " Odoo call\\(s\\)"), line);
            assertFalse(line.contains(session), "the query string (and the session id in it) is never logged");
            assertFalse(line.contains("query"), line);
            String second = logs.awaitRequest("access-2").getFormattedMessage();
            assertTrue(second.startsWith("GET /api/res.partner/99999999999/ 400 "), second);
            assertTrue(second.endsWith(", 0 Odoo call(s)"), second);
            assertEquals(1, logs.events().stream().filter(e -> "access-1".equals(e.getMDCPropertyMap().get("requestId"))).count());
        }
    }

    @Test
    void everyLogLineAboutARequestCarriesItsId() throws Exception {
        String session = GATEWAY.login("admin");
        try (CapturedLogs logs = new CapturedLogs(Level.DEBUG, UPSTREAM)) {
            GATEWAY.odoo.resetCalls();
            GATEWAY.get("/api/res.partner/3/", "Cookie", "session_id=" + session, "X-Request-Id", "traced-7");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (logs.events().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<ILoggingEvent> lines = logs.events().stream().filter(e -> e.getLoggerName().equals(UPSTREAM)).toList();
            assertTrue(lines.stream().anyMatch(e -> e.getFormattedMessage().startsWith("Odoo res.partner.web_read ")), lines.toString());
            for (ILoggingEvent line : lines) {
                assertEquals("traced-7", line.getMDCPropertyMap().get("requestId"), line.getFormattedMessage());
            }
        }
        try (CapturedLogs logs = new CapturedLogs(Level.DEBUG, UPSTREAM)) {
            GATEWAY.get("/health");
            assertTrue(logs.events().stream().allMatch(e -> !"traced-7".equals(e.getMDCPropertyMap().get("requestId"))),
                    "a worker thread forgets the id of the request it served");
        }
    }

}
