package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import io.github.odoorestcamel.sim.RecordedCall;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows of SECURITY-CHECKS.md that concern the read API, through the real HTTP port. */
class SecurityTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);

    @Test
    void headerLeakClientHeadersNeverReachOdooNorComeBack() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.get("/api/res.country/?query=" + q("{name}"), "X-Secret", "s3cret",
                "Cookie", "other=1; session_id=" + session + "; tracking=abc", "X-Forwarded-Host", "evil.example",
                "Authorization-Extra", "x");
        assertEquals(200, reply.status(), reply.body());
        assertNull(reply.header("X-Secret"));
        assertNull(reply.header("X-Forwarded-Host"));
        assertFalse(GATEWAY.odoo.calls().isEmpty());
        for (RecordedCall call : GATEWAY.odoo.calls()) {
            assertEquals("session_id=" + session, call.header("Cookie"));
            assertNull(call.header("X-Secret"));
            assertNull(call.header("X-Forwarded-Host"));
            assertNull(call.header("Authorization-Extra"));
        }
    }

    @Test
    void fixedUpstreamHostHeaderDoesNotChangeWhereCallsGo() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.get("/api/res.country/", "Cookie", "session_id=" + session, "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Proto", "https");
        assertEquals(200, reply.status());
        assertEquals(1, GATEWAY.odoo.callCount());
    }

    @Test
    void pathParametersCannotBeOverriddenByQueryOrHeaders() {
        String session = GATEWAY.login("admin");
        Reply record = GATEWAY.get("/api/res.partner/3/?model=res.users&id=2&query=" + q("{id}"), "Cookie", "session_id=" + session,
                "model", "res.users", "id", "2");
        assertEquals(200, record.status(), record.body());
        assertEquals(3, record.json().get("id").asInt());
        GATEWAY.odoo.resetCalls();
        Reply list = GATEWAY.get("/api/res.country/?model=res.users", "Cookie", "session_id=" + session, "model", "res.users");
        assertEquals(200, list.status(), list.body());
        assertTrue(GATEWAY.odoo.calls().stream().allMatch(c -> c.path().contains("res.country")), GATEWAY.odoo.calls().toString());
    }

    @Test
    void domainBombIsRefusedWithoutCallingOdoo() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply huge = GATEWAY.getAs(session, "/api/res.partner/?filter=" + q(orBomb(10_000)));
        assertEquals(400, huge.status(), huge.body());
        assertTrue(huge.errorMessage().contains("query string is"), huge.errorMessage());
        Reply many = GATEWAY.getAs(session, "/api/res.partner/?filter=" + q(orBomb(2_000)));
        assertEquals(400, many.status(), many.body());
        assertTrue(many.errorMessage().contains("filter has 2002 terms"), many.errorMessage());
        Reply nested = GATEWAY.getAs(session, "/api/res.partner/?filter=" + q("[".repeat(200) + "]".repeat(200)));
        assertEquals(400, nested.status(), nested.body());
        Reply longValue = GATEWAY.getAs(session, "/api/res.partner/?filter=" + q("[[\"name\",\"=\",\"" + "x".repeat(5000) + "\"]]"));
        assertEquals(400, longValue.status(), longValue.body());
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    private static String orBomb(int operators) {
        return "[" + "\"|\",".repeat(operators) + "[\"id\",\"=\",1],[\"id\",\"=\",2]]";
    }

    @Test
    void queryBombIsRefusedWithoutCallingOdoo() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        String deep = "{" + "child_ids{".repeat(50) + "id" + "}".repeat(50) + "}";
        Reply tooDeep = GATEWAY.getAs(session, "/api/res.partner/?query=" + q(deep));
        assertEquals(400, tooDeep.status(), tooDeep.body());
        assertTrue(tooDeep.errorMessage().contains("nested deeper"), tooDeep.errorMessage());
        String wide = "{" + "a,".repeat(10_000) + "a}";
        Reply tooWide = GATEWAY.getAs(session, "/api/res.partner/?query=" + q(wide));
        assertEquals(400, tooWide.status(), tooWide.body());
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void oversizedQueryStringNeverReachesOdoo() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.getAs(session, "/api/res.partner/?filter=" + "x".repeat(1_000_000));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.errorMessage().contains("query string is"), reply.errorMessage());
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void sessionIdIsNeverEchoedInErrorsOrLinks() {
        String canary = "CANARY0123456789abcdef";
        Reply reply = GATEWAY.get("/api/res.partner/?page_size=1&session_id=" + canary);
        assertEquals(401, reply.status());
        assertFalse(reply.body().contains(canary));
        String session = GATEWAY.login("admin");
        Reply paged = GATEWAY.get("/api/res.country/?page_size=1&session_id=" + session);
        assertEquals(200, paged.status());
        assertFalse(paged.header("Link").contains(session), paged.header("Link"));
    }

    @Test
    void upstreamGarbageIsA502Json() {
        String session = GATEWAY.login("admin");
        GATEWAY.getAs(session, "/api/res.country/");
        GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(500, "text/html", "<html><body>Internal Server Error</body></html>", Map.of(), 0));
        Reply html = GATEWAY.getAs(session, "/api/res.country/");
        assertEquals(502, html.status(), html.body());
        assertTrue(html.header("Content-Type").startsWith("application/json"));
        GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(200, "application/json", "{\"jsonrpc\":\"2.0\",", Map.of(), 0));
        assertEquals(502, GATEWAY.getAs(session, "/api/res.country/").status());
        GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(200, "application/json", "[1,2,3]", Map.of(), 0));
        assertEquals(502, GATEWAY.getAs(session, "/api/res.country/").status());
    }

    @Test
    void jsonRpcErrorInsideHttp200IsMappedNot200() {
        String session = GATEWAY.login("admin");
        GATEWAY.getAs(session, "/api/res.country/");
        GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(200, "application/json", """
                {"jsonrpc":"2.0","id":null,"error":{"code":200,"message":"Odoo Server Error","data":{
                "name":"odoo.exceptions.ValidationError","debug":"Traceback\\n  File \\"/opt/odoo/odoo/models.py\\"",
                "message":"Bad value","arguments":["Bad value"],"context":{}}}}""", Map.of(), 0));
        Reply reply = GATEWAY.getAs(session, "/api/res.country/");
        assertEquals(422, reply.status(), reply.body());
        assertEquals("Bad value", reply.errorMessage());
        assertFalse(reply.body().contains("/opt/odoo"));
    }

    @Test
    void upstreamDownIsA502WithinTheConnectTimeout() {
        RunningGateway down = RunningGateway.withSettings("down", 17, Map.of("odoo.url", "http://127.0.0.1:9",
                "odoo.http.connect-timeout-ms", "1000"));
        long start = System.nanoTime();
        Reply reply = down.get("/api/res.partner/", "X-Session-Id", "0123456789abcdef0123456789");
        assertEquals(502, reply.status(), reply.body());
        assertTrue(System.nanoTime() - start < 3_000_000_000L);
        Reply health = down.get("/health");
        assertEquals(503, health.status(), health.body());
        assertEquals("DOWN", health.json().get("status").asText());
        Reply up = GATEWAY.get("/health");
        assertEquals(200, up.status(), up.body());
        assertEquals("UP", up.json().get("status").asText());
        assertEquals("17.0", up.json().get("odoo").asText());
    }

    @Test
    void upstreamSlowerThanTheTimeoutIsA504() {
        RunningGateway slow = RunningGateway.withSettings("slow", 17, Map.of("odoo.http.timeout-ms", "700"));
        String session = slow.login("admin");
        slow.getAs(session, "/api/res.country/");
        slow.odoo.delay(1500);
        try {
            long start = System.nanoTime();
            Reply reply = slow.getAs(session, "/api/res.country/");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(504, reply.status(), reply.body());
            assertTrue(millis >= 600 && millis < 1400, millis + " ms");
        } finally {
            slow.odoo.delay(0);
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerJsonNotHtml() {
        Reply path = GATEWAY.get("/web/database/list");
        assertEquals(404, path.status());
        assertEquals(404, path.json().path("error").path("code").asInt());
        Reply method = GATEWAY.send("PATCH", "/api/res.partner/1", "{}");
        assertEquals(405, method.status());
        assertEquals(405, method.json().path("error").path("code").asInt());
        assertTrue(method.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void corsOriginIsNotEchoedWithCredentials() {
        String session = GATEWAY.login("admin");
        Reply reply = GATEWAY.get("/api/res.country/", "Origin", "https://evil.example", "Cookie", "session_id=" + session);
        assertEquals(200, reply.status());
        assertNull(reply.header("Access-Control-Allow-Origin"));
        assertNull(reply.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void secretsNeverReachTheLogs() throws Exception {
        String canary = "CANARY0123456789abcdefCANARY";
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            GATEWAY.get("/api/res.partner/?session_id=" + canary);
            GATEWAY.get("/api/res.partner/", "Authorization", ApiKeyTest.basic("admin", canary));
            GATEWAY.get("/api/res.partner/", "Authorization", "Bearer " + canary, "X-Odoo-Login", "admin");
            String session = GATEWAY.odoo.openSession("admin");
            GATEWAY.getAs(session, "/api/res.country/");
            GATEWAY.odoo.replyOnce(new OdooSimulator.RawReply(200, "application/json",
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{\"length\":1,\"records\":\"" + canary + "\"}}", Map.of(), 0));
            Reply broken = GATEWAY.getAs(session, "/api/res.country/");
            assertEquals(502, broken.status(), broken.body());
            assertFalse(broken.body().contains(canary));
            assertFalse(broken.body().contains(session));
        } finally {
            System.setErr(original);
        }
        String logged = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(logged.contains(canary), logged);
        assertFalse(logged.contains("CANARY"), logged);
    }

    @Test
    void aReadIsSentOnceMoreWhenTheConnectionDies() {
        RunningGateway gateway = RunningGateway.withSettings("resets", 17, Map.of());
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/");
        gateway.odoo.resetCalls();
        gateway.odoo.dropNextAnswer();
        Reply reply = gateway.getAs(session, "/api/res.country/?query=" + q("{name}"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(3, reply.json().get("count").asInt());
        assertEquals(2, gateway.odoo.callsTo("web_search_read"));
    }

    @Test
    void aWriteIsNeverSentTwice() {
        RunningGateway gateway = RunningGateway.withSettings("resets", 17, Map.of());
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.partner.category/");
        int before = gateway.odoo.rows("res.partner.category").size();
        gateway.odoo.resetCalls();
        gateway.odoo.dropNextAnswer();
        Reply reply = gateway.send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"Once\"}}}",
                "Cookie", "session_id=" + session);
        assertEquals(502, reply.status(), reply.body());
        assertEquals(1, gateway.odoo.callsTo("create"));
        assertEquals(before + 1, gateway.odoo.rows("res.partner.category").size(), "Odoo did create it, once");
    }
}
