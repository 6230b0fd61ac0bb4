package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
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
        return reply(http.post(path, request(params), headers(sessionId), repeatable));
    }

    /**
     * A read whose result is read as it arrives. The envelope's members before the result are read
     * here, so an error, an expired session or an answer that is not JSON-RPC fails here as
     * {@link #post} fails; the returned stream stands on the result's first token.
     */
    public ResultStream open(String path, JsonNode params, String sessionId) {
        OpenAnswer answer = http.open(path, request(params), headers(sessionId));
        if (answer.status() != 200) {
            // only a 200 carries a result: this throws the error, the expired session or the bad gateway
            reply(answer.whole());
        }
        JsonParser parser = answer.parser();
        try {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                answer.release();
                throw OdooHttp.badGateway(first == null ? "Odoo answered HTTP 200 with an empty body"
                        : "Odoo answered HTTP 200 with something that is not a JSON-RPC object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("result")) {
                    return new ResultStream(answer, parser, JsonRpcChannel::readAfterResult);
                }
                readMember(name, parser);
            }
            answer.release();
            JsonParser none = NullNode.getInstance().traverse();
            none.nextToken();
            return new ResultStream(answer, none, ResultStream.Trailer.NONE);
        } catch (IOException e) {
            throw answer.failure(e);
        } catch (RuntimeException e) {
            answer.close();
            throw e;
        }
    }

    private static void readAfterResult(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            readMember(name, parser);
        }
    }

    /** A member of the envelope other than the result: an error is thrown, anything else passed over. */
    private static void readMember(String name, JsonParser parser) throws IOException {
        if (name.equals("error")) {
            JsonNode error = Json.MAPPER.readTree(parser);
            if (error != null && !error.isNull()) {
                throw OdooErrors.fromEnvelope(error);
            }
        } else {
            parser.skipChildren();
        }
    }

    private static ObjectNode request(JsonNode params) {
        ObjectNode request = Json.NODES.objectNode().put("jsonrpc", "2.0").put("method", "call");
        request.putNull("id");
        request.set("params", params);
        return request;
    }

    private static Map<String, String> headers(String sessionId) {
        return sessionId == null ? Map.of() : Map.of("Cookie", SessionCookie.toOdoo(sessionId));
    }

    private static JsonRpcReply reply(OdooHttp.Answer answer) {
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
