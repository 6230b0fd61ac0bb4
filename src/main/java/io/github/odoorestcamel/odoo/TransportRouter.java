package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sends each call over the transport the caller authenticated with. */
public final class TransportRouter implements OdooClient {

    private final OdooClient session;
    private final OdooClient jsonRpc;
    private final OdooClient json2;

    public TransportRouter(OdooClient session, OdooClient jsonRpc, OdooClient json2) {
        this.session = session;
        this.jsonRpc = jsonRpc;
        this.json2 = json2;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        OdooClient transport = switch (user.transport()) {
            case SESSION -> session;
            case JSONRPC -> jsonRpc;
            case JSON2 -> json2;
        };
        return transport.execute(user, model, method, args, kwargs);
    }
}
