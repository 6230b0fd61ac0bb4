package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.util.Map;

/**
 * Odoo's JSON-RPC: the {@code {"jsonrpc":"2.0","method":"call","params":…}} envelope, its
 * {@code error} member turned into a typed error (even inside HTTP 200), and Odoo's redirect to the
 * login page read as an expired session.
 */
public final class JsonRpcChannel {

    private final OdooHttp http;

    public JsonRpcChannel(OdooHttp http) {
        this.http = http;
    }

    public JsonRpcReply post(String path, JsonNode params, String sessionId) {
        return post(path, params, sessionId, false);
    }

    /** {@code repeatable}: the call only reads, so it may be sent again if the connection dies. */
    public JsonRpcReply post(String path, JsonNode params, String sessionId, boolean repeatable) {
        ObjectNode request = Json.NODES.objectNode().put("jsonrpc", "2.0").put("method", "call");
        request.putNull("id");
        request.set("params", params);
        OdooHttp.Answer answer = http.post(path, request, sessionId == null ? Map.of() : Map.of("Cookie", SessionCookie.toOdoo(sessionId)),
                repeatable);
        if (answer.body() == null) {
            if (answer.location() != null && answer.location().contains("/web/login")) {
                throw new GatewayException(ErrorKind.UNAUTHENTICATED, "odoo.http.SessionExpiredException", "Session expired");
            }
            throw OdooHttp.badGateway("Odoo answered with a redirect (HTTP " + answer.status() + ")");
        }
        JsonNode body = answer.body();
        if (!body.isObject()) {
            throw OdooHttp.badGateway("Odoo answered HTTP " + answer.status() + " with something that is not a JSON-RPC object");
        }
        JsonNode error = body.get("error");
        if (error != null && !error.isNull()) {
            throw OdooErrors.fromEnvelope(error);
        }
        if (answer.status() != 200) {
            throw OdooHttp.badGateway("Odoo answered HTTP " + answer.status());
        }
        JsonNode result = body.has("result") ? body.get("result") : NullNode.getInstance();
        return new JsonRpcReply(result, SessionCookie.fromOdoo(answer.setCookie()));
    }
}
