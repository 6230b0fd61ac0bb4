package io.github.odoorestcamel.odoo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.github.odoorestcamel.sim.RecordedCall;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSON-RPC client alone against the simulated Odoo. */
class JsonRpcChannelTest {

    private final OdooSimulator odoo = startSimulator();
    private final java.util.List<OdooHttp> clients = new java.util.ArrayList<>();

    private static OdooSimulator startSimulator() {
        try {
            return new OdooSimulator(17).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopSimulator() {
        clients.forEach(OdooHttp::close);
        odoo.close();
    }

    private JsonRpcChannel channel(String url) {
        OdooHttp http = new OdooHttp(OdooHttpTest.settings(url, 1_000_000));
        clients.add(http);
        return new JsonRpcChannel(http);
    }

    @Test
    void postsJsonRpcWithOnlyTheSessionCookie() {
        String session = odoo.openSession("admin");
        JsonRpcReply reply = channel(odoo.url()).post("/web/session/get_session_info", Json.NODES.objectNode(), session);
        assertEquals(2, reply.result().path("uid").asInt());
        RecordedCall call = odoo.calls().get(0);
        assertEquals("session_id=" + session, call.header("Cookie"));
        assertEquals("2.0", call.body().path("jsonrpc").asText());
        assertEquals("call", call.body().path("method").asText());
    }

    @Test
    void loginReturnsTheNewSessionCookie() {
        JsonRpcReply reply = channel(odoo.url()).post("/web/session/authenticate",
                Json.NODES.objectNode().put("db", "odoo").put("login", "demo").put("password", "demo"), null);
        assertEquals(6, reply.result().path("uid").asInt());
        assertEquals(40, reply.sessionCookie().length());
    }

    @Test
    void errorEnvelopeBecomesATypedError() {
        GatewayException error = assertThrows(GatewayException.class, () -> channel(odoo.url())
                .post("/web/session/get_session_info", Json.NODES.objectNode(), "0123456789abcdef0123456789abcdef01234567"));
        assertEquals(401, HttpStatuses.of(error.kind()));
        assertEquals("odoo.http.SessionExpiredException", error.name());
    }

    @Test
    void anHtmlAnswerIsABadGateway() {
        odoo.replyOnce(new OdooSimulator.RawReply(500, "text/html", "<html>oops</html>", Map.of(), 0));
        GatewayException error = assertThrows(GatewayException.class,
                () -> channel(odoo.url()).post("/web/webclient/version_info", Json.NODES.objectNode(), null));
        assertEquals(502, HttpStatuses.of(error.kind()));
    }

    @Test
    void anAnswerOverTheLimitIsABadGateway() {
        odoo.replyOnce(new OdooSimulator.RawReply(200, "application/json",
                "{\"jsonrpc\":\"2.0\",\"result\":\"" + "x".repeat(2_000_000) + "\"}", Map.of(), 0));
        GatewayException error = assertThrows(GatewayException.class,
                () -> channel(odoo.url()).post("/web/webclient/version_info", Json.NODES.objectNode(), null));
        assertEquals(502, HttpStatuses.of(error.kind()));
    }

    @Test
    void aClosedPortIsABadGateway() {
        GatewayException error = assertThrows(GatewayException.class,
                () -> channel("http://127.0.0.1:9").post("/web/webclient/version_info", Json.NODES.objectNode(), null));
        assertEquals(502, HttpStatuses.of(error.kind()));
    }
}
