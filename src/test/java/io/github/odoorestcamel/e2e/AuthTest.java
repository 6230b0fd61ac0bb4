package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Logging in and out, and every way a session id can be presented. */
class AuthTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);

    @Test
    void authReturnsTheSessionIdInTheResultAndAsCookie() {
        Reply reply = GATEWAY.post("/auth/", "{\"params\":{\"login\":\"admin\",\"password\":\"admin\",\"db\":\"odoo\"}}");
        assertEquals(200, reply.status(), reply.body());
        String sessionId = reply.json().path("result").path("session_id").asText();
        assertTrue(sessionId.matches("[0-9a-f]{40}"), sessionId);
        assertEquals(2, reply.json().path("result").path("uid").asInt());
        assertTrue(reply.json().path("id").isNull());
        String cookie = reply.header("Set-Cookie");
        assertTrue(cookie.startsWith("session_id=" + sessionId + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly"));
        assertEquals(200, GATEWAY.getAs(sessionId, "/api/res.country/?query=" + q("{name}")).status());
    }

    @Test
    void authWithoutTrailingSlashAndWithoutDbUsesTheDefaultDatabase() {
        Reply reply = GATEWAY.post("/auth", "{\"jsonrpc\":\"2.0\",\"params\":{\"login\":\"demo\",\"password\":\"demo\"}}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(6, reply.json().path("result").path("uid").asInt());
    }

    @Test
    void wrongPasswordIs401Json() {
        Reply reply = GATEWAY.post("/auth/", "{\"params\":{\"login\":\"admin\",\"password\":\"nope\"}}");
        assertEquals(401, reply.status(), reply.body());
        assertEquals("Access Denied", reply.errorMessage());
        assertEquals("odoo.exceptions.AccessDenied", reply.json().path("error").path("data").path("name").asText());
        assertEquals(null, reply.header("Set-Cookie"));
    }

    @Test
    void databaseOutsideTheAllowlistIsRefusedBeforeOdoo() {
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.post("/auth/", "{\"params\":{\"login\":\"admin\",\"password\":\"admin\",\"db\":\"other\"}}");
        assertEquals(403, reply.status(), reply.body());
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void missingCredentialsOrBadBodyAre400() {
        assertEquals(400, GATEWAY.post("/auth/", "{\"params\":{\"login\":\"admin\"}}").status());
        assertEquals(400, GATEWAY.post("/auth/", "{\"params\":{\"login\":\"admin\",\"password\":7}}").status());
        assertEquals(400, GATEWAY.post("/auth/", "{not json").status());
        assertEquals(400, GATEWAY.post("/auth/", "[1,2]").status());
        assertEquals(400, GATEWAY.post("/auth/", "{\"params\":[1]}").status());
    }

    @Test
    void webSessionAuthenticatePassesOdoosAnswerAndCookie() {
        Reply reply = GATEWAY.post("/web/session/authenticate/",
                "{\"jsonrpc\":\"2.0\",\"params\":{\"login\":\"admin\",\"password\":\"admin\",\"db\":\"odoo\"}}");
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.json().path("result").has("session_id"));
        assertEquals("odoo", reply.json().path("result").path("db").asText());
        String cookie = reply.header("Set-Cookie");
        String sessionId = cookie.substring("session_id=".length(), cookie.indexOf(';'));
        assertEquals(200, GATEWAY.getAs(sessionId, "/api/res.country/").status());
    }

    @Test
    void sessionIsAcceptedFromHeaderCookieAndQueryParameter() {
        String session = GATEWAY.login("admin");
        assertEquals(200, GATEWAY.get("/api/res.country/", "X-Session-Id", session).status());
        assertEquals(200, GATEWAY.get("/api/res.country/", "X-Openerp-Session-Id", session).status());
        assertEquals(200, GATEWAY.get("/api/res.country/", "Cookie", "theme=dark; session_id=" + session).status());
        assertEquals(200, GATEWAY.get("/api/res.country/?session_id=" + session).status());
    }

    @Test
    void missingSessionIs401Json() {
        Reply reply = GATEWAY.get("/api/res.partner/?query=" + q("{id, name}"));
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        assertEquals(401, reply.json().path("error").path("code").asInt());
    }

    @Test
    void malformedSessionIdIsRefusedAndNeverForwarded() {
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.get("/api/res.partner/?session_id=abc%0d%0aSet-Cookie:x");
        assertEquals(401, reply.status(), reply.body());
        Reply tooShort = GATEWAY.get("/api/res.partner/", "X-Session-Id", "abc");
        assertEquals(401, tooShort.status());
        assertEquals(0, GATEWAY.odoo.callCount());
        assertEquals(null, reply.header("Set-Cookie"));
    }

    @Test
    void expiredSessionIs401Json() {
        String session = GATEWAY.odoo.openSession("admin");
        assertEquals(200, GATEWAY.getAs(session, "/api/res.country/").status());
        GATEWAY.odoo.expireSession(session);
        Reply reply = GATEWAY.getAs(session, "/api/res.country/");
        assertEquals(401, reply.status(), reply.body());
        assertEquals("Session expired", reply.errorMessage());
    }

    @Test
    void redirectToTheLoginPageIs401NotHtml() {
        String session = GATEWAY.login("admin");
        GATEWAY.getAs(session, "/api/res.country/");
        GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(303, "text/html; charset=utf-8", "<!doctype html><title>Redirecting...</title>",
                Map.of("Location", "/web/login?redirect=%2Fapi"), 0));
        Reply reply = GATEWAY.getAs(session, "/api/res.country/");
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        String session = GATEWAY.login("admin");
        assertEquals(200, GATEWAY.getAs(session, "/api/res.country/").status());
        Reply reply = GATEWAY.post("/web/session/destroy/", "{}", "Cookie", "session_id=" + session);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, GATEWAY.getAs(session, "/api/res.country/").status());
    }
}
