package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics and health checks on the management port. */
class OperationsTest {

    private static final RunningGateway GATEWAY = RunningGateway.withSettings("operations", 17, Map.of());

    private PrometheusText scrape() {
        Reply reply = GATEWAY.management("/observe/metrics");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply.header("Content-Type"));
        return new PrometheusText(reply.body());
    }

    @Test
    void requestsAreCountedByRouteMethodAndStatusWithLatencyHistograms() {
        String session = GATEWAY.login("admin");
        Map<String, String> list = Map.of("route", "/api/{model}", "method", "GET", "status", "200");
        Map<String, String> missing = Map.of("route", "/api/{model}/{id}", "method", "GET", "status", "404");
        PrometheusText before = scrape();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, GATEWAY.getAs(session, "/api/res.country/").status());
        }
        assertEquals(404, GATEWAY.getAs(session, "/api/res.partner/99999/").status());
        assertEquals(404, GATEWAY.get("/no/such/path").status());
        PrometheusText after = scrape();
        assertEquals(3, after.value("gateway_http_requests_seconds_count", list) - before.value("gateway_http_requests_seconds_count", list));
        assertEquals(1, after.value("gateway_http_requests_seconds_count", missing)
                - before.value("gateway_http_requests_seconds_count", missing));
        assertEquals(1, after.value("gateway_http_requests_seconds_count", Map.of("route", "none", "status", "404"))
                - before.value("gateway_http_requests_seconds_count", Map.of("route", "none", "status", "404")));
        assertTrue(after.has("gateway_http_requests_seconds_bucket", Map.of("route", "/api/{model}", "le", "+Inf")));
        assertTrue(after.value("gateway_http_requests_seconds_sum", list) > 0);
        assertTrue(after.has("camel_exchanges_total", Map.of()), "Camel's own meters are published too");
        assertTrue(after.has("jvm_memory_used_bytes", Map.of()), "and the JVM's");
    }

    @Test
    void callsToOdooAreCountedByMethodAsOdooReceivesThem() {
        String session = GATEWAY.login("admin");
        GATEWAY.getAs(session, "/api/res.partner/3/");
        Map<String, String> webRead = Map.of("method", "web_read", "status", "200");
        PrometheusText before = scrape();
        GATEWAY.odoo.resetCalls();
        GATEWAY.getAs(session, "/api/res.partner/3/");
        GATEWAY.getAs(session, "/api/res.partner/4/");
        PrometheusText after = scrape();
        assertEquals(2, GATEWAY.odoo.callsTo("web_read"));
        assertEquals(GATEWAY.odoo.callsTo("web_read"),
                after.value("gateway_odoo_calls_seconds_count", webRead) - before.value("gateway_odoo_calls_seconds_count", webRead));
        assertTrue(after.has("gateway_odoo_calls_seconds_bucket", Map.of("method", "web_read", "le", "+Inf")));
        assertTrue(after.has("gateway_odoo_calls_seconds_count", Map.of("method", "/web/session/authenticate")));
    }

    @Test
    void apiKeyCallsAreNamedByTheirModelMethod() {
        String key = GATEWAY.odoo.newApiKey("admin");
        Map<String, String> webRead = Map.of("method", "web_read");
        Map<String, String> authenticate = Map.of("method", "common.authenticate");
        PrometheusText before = scrape();
        Reply reply = GATEWAY.get("/api/res.partner/3/", "Authorization", ApiKeyTest.basic("admin", key));
        assertEquals(200, reply.status(), reply.body());
        PrometheusText after = scrape();
        assertEquals(1, after.value("gateway_odoo_calls_seconds_count", webRead) - before.value("gateway_odoo_calls_seconds_count", webRead));
        assertEquals(1, after.value("gateway_odoo_calls_seconds_count", authenticate)
                - before.value("gateway_odoo_calls_seconds_count", authenticate));
        assertFalse(after.text().contains(key));
    }

    @Test
    void cacheHitsAndMissesArePublished() {
        String session = GATEWAY.odoo.openSession("demo");
        Map<String, String> sessionMiss = Map.of("cache", "sessions", "result", "miss");
        Map<String, String> sessionHit = Map.of("cache", "sessions", "result", "hit");
        Map<String, String> fieldsHit = Map.of("cache", "fields", "result", "hit");
        PrometheusText before = scrape();
        GATEWAY.getAs(session, "/api/res.country/");
        GATEWAY.getAs(session, "/api/res.country/");
        PrometheusText after = scrape();
        assertEquals(1, after.value("gateway_cache_requests_total", sessionMiss) - before.value("gateway_cache_requests_total", sessionMiss));
        assertEquals(1, after.value("gateway_cache_requests_total", sessionHit) - before.value("gateway_cache_requests_total", sessionHit));
        assertTrue(after.value("gateway_cache_requests_total", fieldsHit) > before.value("gateway_cache_requests_total", fieldsHit));
        assertTrue(after.has("gateway_cache_requests_total", Map.of("cache", "api-keys", "result", "miss")));
    }

    @Test
    void livenessAndReadinessAreUpWhileOdooAnswers() {
        Reply live = GATEWAY.management("/observe/health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", live.json().path("status").asText());
        Reply ready = GATEWAY.management("/observe/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().path("status").asText());
    }

    @Test
    void withoutOdooTheGatewayIsAliveButNotReady() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RunningGateway gateway = RunningGateway.withSettings("operations-no-odoo", 17,
                Map.of("odoo.url", "http://127.0.0.1:" + closed, "odoo.http.connect-timeout-ms", "1000"));
        Reply live = gateway.management("/observe/health/live");
        assertEquals(200, live.status(), live.body());
        Reply ready = gateway.management("/observe/health/ready?exposureLevel=full");
        assertEquals(503, ready.status(), ready.body());
        JsonNode checks = ready.json().path("checks");
        boolean odooDown = false;
        for (JsonNode check : checks) {
            odooDown |= check.path("name").asText().equals("odoo") && check.path("status").asText().equals("DOWN");
        }
        assertTrue(odooDown, ready.body());
        assertEquals(503, gateway.get("/health").status(), "GET /health keeps its own answer");
    }
}
