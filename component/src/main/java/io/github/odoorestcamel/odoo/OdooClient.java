package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls one model method in Odoo as the given user. Implementations are the transports (session
 * cookie today; API keys over /jsonrpc or JSON-2 plug in here). Odoo errors come back as
 * {@link io.github.odoorestcamel.error.GatewayException}.
 */
public interface OdooClient {

    JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs);
}
