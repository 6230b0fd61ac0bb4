package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.DomainFilter;

/** The {@code params} of a POST or PUT body: {@code data}, optional {@code context} and {@code filter}. */
public record WriteRequest(JsonNode data, ObjectNode context, ArrayNode filter) {

    public static WriteRequest of(ObjectNode params, DomainFilter.Limits limits) {
        JsonNode data = params.get("data");
        if (data == null || data.isNull()) {
            throw GatewayException.badRequest("`data` parameter is not found on the request body");
        }
        if (!data.isObject()) {
            throw GatewayException.badRequest("`data` must be a JSON object of field values");
        }
        return new WriteRequest(data, context(params.get("context")), filter(params.get("filter"), limits));
    }

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

    private static ArrayNode filter(JsonNode filter, DomainFilter.Limits limits) {
        if (filter == null || filter.isNull()) {
            return null;
        }
        return DomainFilter.parse(filter.isTextual() ? filter.asText() : filter.toString(), limits);
    }
}
