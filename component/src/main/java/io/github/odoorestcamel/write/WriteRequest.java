package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;

/**
 * What a write asks of Odoo, whoever asks (the REST API, the {@code odoo:} component, an upsert):
 * the field values, Odoo's context, and for a write by filter the domain that chooses the records.
 */
public record WriteRequest(JsonNode data, ObjectNode context, ArrayNode filter) {

    /** A {@code context} value: absent, or a JSON object. */
    public static ObjectNode context(JsonNode context) {
        if (context == null || context.isNull()) {
            return Json.NODES.objectNode();
        }
        if (!context.isObject()) {
            throw GatewayException.badRequest("`context` must be a JSON object");
        }
        return (ObjectNode) context;
    }
}
