package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.util.Optional;

/** Calls model methods through {@code /web/dataset/call_kw}, authenticated by the caller's session cookie. */
public final class SessionTransport implements OdooClient {

    private static final String NOT_FOUND = "werkzeug.exceptions.NotFound";

    private final JsonRpcChannel channel;

    public SessionTransport(JsonRpcChannel channel) {
        this.channel = channel;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        try {
            return channel.post(path(model, method), params(model, method, args, kwargs), user.secret(), ReadMethods.isRead(method)).result();
        } catch (GatewayException e) {
            throw NOT_FOUND.equals(e.name()) ? unknownModel(model, e) : e;
        }
    }

    @Override
    public Optional<ResultStream> stream(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        try {
            return Optional.of(channel.open(path(model, method), params(model, method, args, kwargs), user.secret()));
        } catch (GatewayException e) {
            throw NOT_FOUND.equals(e.name()) ? unknownModel(model, e) : e;
        }
    }

    private static String path(String model, String method) {
        return "/web/dataset/call_kw/" + model + "/" + method;
    }

    private static ObjectNode params(String model, String method, ArrayNode args, ObjectNode kwargs) {
        ObjectNode params = Json.NODES.objectNode();
        params.put("model", model);
        params.put("method", method);
        params.set("args", args);
        params.set("kwargs", kwargs);
        return params;
    }

    /** Odoo 18 and later answer an unknown model with werkzeug's generic "URL not found" (G0): say what was not found. */
    private static GatewayException unknownModel(String model, GatewayException e) {
        String message = "The model `" + model + "` does not exist";
        return new GatewayException(ErrorKind.MISSING, e.name(), message, null, e.exceptionType());
    }
}
