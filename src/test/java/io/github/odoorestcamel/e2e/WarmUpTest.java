package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.warmup.StartupWarmUp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warm-up after start: it never reaches Odoo, its reads on the API port are neither logged nor
 * counted (a client's are), the gateway answers right after it, and warm-up.duration=0 switches it off.
 */
class WarmUpTest {

    private static final String ACCESS = "io.github.odoorestcamel.access";
    private static final Map<String, String> REFUSED = Map.of("route", "/api/{model}/{id}", "status", "400");

    private static final String RECORD = "/api/res.partner/10/?query=" + q("{id,name,email,country_id{name},category_id{name},child_ids{name}}");

    @Test
    void warmUpSendsNothingToOdooAndTheGatewayAnswersRightAfterIt() throws Exception {
        RunningGateway gateway;
        try (CapturedLogs access = new CapturedLogs(Level.INFO, ACCESS)) {
            gateway = RunningGateway.withSettings("warm-up", 17, Map.of("warm-up.duration", "2"));
            StartupWarmUp warmUp = gateway.camel().getRegistry().lookupByNameAndType("startupWarmUp", StartupWarmUp.class);
            assertTrue(warmUp.awaitFinished(Duration.ofSeconds(30)), "the warm-up ends within its time");
            assertTrue(warmUp.rounds() > 0, "the warm-up ran");
            assertEquals(3 * warmUp.rounds(), warmUp.ownPortReads(), "each round sent its 3 reads to the API port, each answered 400");
            assertEquals(0, gateway.odoo.callCount(), "calls to Odoo during start and warm-up: " + gateway.odoo.calls());
            // the only line is the harness's own probe of the port (401, no credentials)
            assertEquals(List.of(), access.events().stream().map(e -> e.getFormattedMessage()).filter(line -> !line.contains(" 401 ")).toList(),
                    "the warm-up's reads on the API port are not in the access log");
            PrometheusText metrics = new PrometheusText(gateway.management("/observe/metrics").body());
            assertFalse(metrics.has("gateway_http_requests_seconds_count", Map.of("status", "400")), "nor in the metrics");
        }
        assertEquals(200, gateway.management("/observe/health/ready").status(), "ready once warmed up");

        Reply reply = gateway.getAs(gateway.login("admin"), RECORD);
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        assertEquals(10, record.path("id").asInt());
        assertEquals(gateway.odoo.row("res.partner", 10).get("name"), record.path("name").asText());
        assertEquals("United States", record.path("country_id").path("name").asText());
        assertTrue(record.path("child_ids").isArray() && !record.path("child_ids").isEmpty(), record.toString());

        // the same refused read from a client is logged and counted as ever
        try (CapturedLogs access = new CapturedLogs(Level.INFO, ACCESS)) {
            assertEquals(400, gateway.get("/api/res.partner/x10/", "X-Session-Id", "warm-up-session-id", "X-Request-Id", "client-400")
                    .status());
            // the line is written once the request is counted
            assertTrue(access.awaitRequest("client-400").getFormattedMessage().startsWith("GET /api/res.partner/x10/ 400 "));
            assertEquals(1.0, new PrometheusText(gateway.management("/observe/metrics").body())
                    .value("gateway_http_requests_seconds_count", REFUSED));
        }
    }

    @Test
    void aSmallerPageSizeLimitDoesNotStopTheWarmUp() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("warm-up-small-pages", 17,
                Map.of("warm-up.duration", "1", "odoo.rest.max-page-size", "3"));
        StartupWarmUp warmUp = gateway.camel().getRegistry().lookupByNameAndType("startupWarmUp", StartupWarmUp.class);
        assertTrue(warmUp.awaitFinished(Duration.ofSeconds(30)));
        assertTrue(warmUp.rounds() > 1, "the recorded 80-row lists are read whatever the clients' limit: " + warmUp.rounds());
        assertEquals(3 * warmUp.rounds(), warmUp.ownPortReads());
        assertEquals(400, gateway.getAs(gateway.login("admin"), "/api/res.partner/?page_size=4").status(), "the clients' limit holds");
    }

    @Test
    void durationZeroSwitchesTheWarmUpOff() {
        RunningGateway gateway = RunningGateway.withSettings("no-warm-up", 17, Map.of("warm-up.duration", "0"));
        assertNull(gateway.camel().getRegistry().lookupByName("startupWarmUp"));
        Reply health = gateway.management("/observe/health?exposureLevel=full");
        assertFalse(health.body().contains("warm-up"), health.body());
    }
}
