package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.util.Optional;

/** API keys on Odoo 14–18: {@code /jsonrpc} {@code object.execute_kw(db, uid, key, model, method, args, kwargs)}. */
public final class JsonRpcTransport implements OdooClient {

    private final JsonRpcChannel channel;

    public JsonRpcTransport(JsonRpcChannel channel) {
        this.channel = channel;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        return channel.post("/jsonrpc", params(user, model, method, args, kwargs), null, ReadMethods.isRead(method)).result();
    }

    @Override
    public Optional<ResultStream> stream(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        return Optional.of(channel.open("/jsonrpc", params(user, model, method, args, kwargs), null));
    }

    private static ObjectNode params(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        ObjectNode params = Json.NODES.objectNode().put("service", "object").put("method", "execute_kw");
        params.putArray("args").add(user.db()).add(user.uid()).add(user.secret()).add(model).add(method).add(args).add(kwargs);
        return params;
    }
}
