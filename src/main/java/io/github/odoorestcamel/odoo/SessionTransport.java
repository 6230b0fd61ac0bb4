package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.Json;

/** Calls model methods through {@code /web/dataset/call_kw}, authenticated by the caller's session cookie. */
public final class SessionTransport implements OdooClient {

    private final JsonRpcChannel channel;

    public SessionTransport(JsonRpcChannel channel) {
        this.channel = channel;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        ObjectNode params = Json.NODES.objectNode();
        params.put("model", model);
        params.put("method", method);
        params.set("args", args);
        params.set("kwargs", kwargs);
        return channel.post("/web/dataset/call_kw/" + model + "/" + method, params, user.secret(), ReadMethods.isRead(method)).result();
    }
}
