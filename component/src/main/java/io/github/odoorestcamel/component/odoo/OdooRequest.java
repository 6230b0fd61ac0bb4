package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.core.CommaSeparated;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.write.WriteRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One producer call: the model, the message body and the parameters (the endpoint's options, each
 * overridden by its header), read and checked on demand as each operation needs them.
 */
record OdooRequest(String model, Object body, String domain, String query, String fields, String order, Integer limit,
                   int offset, Object context, Object ids, String key, String method) {

    ArrayNode parsedDomain(ReadSettings settings) {
        return DomainFilter.parse(domain, settings.domainLimits());
    }

    /** The query, or the {@code fields} list as a query; all fields when neither is given. */
    QueryBlock selection(ReadSettings settings) {
        String text = query == null || query.isBlank() ? fields == null || fields.isBlank() ? null : "{" + fields + "}" : query;
        return QueryParser.parse(text, settings.queryLimits());
    }

    ObjectNode odooContext() {
        return WriteRequest.context(context == null ? null : json(context, "context"));
    }

    /** The record ids: the ids header, else the body (a number, a list of numbers, or a comma-separated text). */
    List<Integer> recordIds() {
        Object source = ids != null ? ids : body;
        List<Object> values = new ArrayList<>();
        if (source instanceof Collection<?> list) {
            values.addAll(list);
        } else if (source instanceof String text) {
            values.addAll(CommaSeparated.split(text));
        } else if (source != null) {
            values.add(source);
        }
        List<Integer> parsed = new ArrayList<>();
        for (Object value : values) {
            try {
                int id = value instanceof Number n && n.longValue() == n.intValue() ? n.intValue() : Integer.parseInt(String.valueOf(value));
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                parsed.add(id);
            } catch (NumberFormatException e) {
                throw GatewayException.badRequest("Record ids must be positive integers, not '" + value + "'");
            }
        }
        if (parsed.isEmpty()) {
            throw GatewayException.badRequest("No record ids: set the header CamelOdooIds or send them as the body");
        }
        return parsed;
    }

    List<String> keyFields() {
        return CommaSeparated.split(key);
    }

    /** The body as JSON: a Map, a List, or JSON text. */
    JsonNode bodyJson() {
        return json(body, "body");
    }

    private static JsonNode json(Object value, String what) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            try {
                return Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw GatewayException.badRequest("The " + what + " is not valid JSON");
            }
        }
        return Json.MAPPER.valueToTree(value);
    }
}
