package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS as configured: listed origins only, preflights answered by the gateway alone. */
class CorsTest {

    private static final String APP = "https://app.example";
    private static final RunningGateway GATEWAY = RunningGateway.withSettings("cors", 17,
            Map.of("http.cors.allowed-origins", APP + ", https://admin.example"));
    private static final RunningGateway ANY = RunningGateway.withSettings("cors-any", 17, Map.of("http.cors.allowed-origins", "*"));

    @Test
    void aPreflightFromAListedOriginIsAnsweredWithoutCallingOdoo() {
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.send("OPTIONS", "/api/res.partner/", null, "Origin", APP,
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type, x-session-id");
        assertEquals(204, reply.status());
        assertEquals(APP, reply.header("Access-Control-Allow-Origin"));
        assertEquals("true", reply.header("Access-Control-Allow-Credentials"));
        assertTrue(reply.header("Access-Control-Allow-Methods").contains("PUT"));
        assertTrue(reply.header("Access-Control-Allow-Headers").contains("X-Session-Id"));
        assertEquals("600", reply.header("Access-Control-Max-Age"));
        assertEquals("Origin", reply.header("Vary"));
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void answersToAListedOriginCarryItsHeadersErrorsIncluded() {
        String session = GATEWAY.login("admin");
        Reply ok = GATEWAY.get("/api/res.country/", "Origin", APP, "Cookie", "session_id=" + session);
        assertEquals(200, ok.status());
        assertEquals(APP, ok.header("Access-Control-Allow-Origin"));
        assertEquals("true", ok.header("Access-Control-Allow-Credentials"));
        assertTrue(ok.header("Access-Control-Expose-Headers").contains("X-Total-Count"));
        assertTrue(ok.raw().headers().allValues("Vary").contains("Origin"));
        Reply denied = GATEWAY.get("/api/res.country/", "Origin", "https://admin.example");
        assertEquals(401, denied.status());
        assertEquals("https://admin.example", denied.header("Access-Control-Allow-Origin"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaderAndItsPreflightIsRefused() {
        String session = GATEWAY.login("admin");
        Reply reply = GATEWAY.get("/api/res.country/", "Origin", "https://evil.example", "Cookie", "session_id=" + session);
        assertEquals(200, reply.status());
        assertNull(reply.header("Access-Control-Allow-Origin"));
        assertNull(reply.header("Access-Control-Allow-Credentials"));
        assertEquals("Origin", reply.header("Vary"));
        GATEWAY.odoo.resetCalls();
        Reply preflight = GATEWAY.send("OPTIONS", "/api/res.partner/", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET");
        assertEquals(405, preflight.status(), preflight.body());
        assertNull(preflight.header("Access-Control-Allow-Origin"));
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void anyOriginIsAdmittedButNeverWithCredentials() {
        Reply reply = ANY.get("/api/res.partner/", "Origin", "https://anywhere.example");
        assertEquals("*", reply.header("Access-Control-Allow-Origin"));
        assertNull(reply.header("Access-Control-Allow-Credentials"));
        Reply preflight = ANY.send("OPTIONS", "/api/res.partner/", null, "Origin", "https://anywhere.example",
                "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.status());
        assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
        assertNull(preflight.header("Access-Control-Allow-Credentials"));
    }
}
