package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** Python's repr of JSON values, as Odoo quotes leaves in its error messages. */
final class Python {

    private Python() {
    }

    static String leaf(JsonNode term) {
        List<String> parts = new ArrayList<>();
        term.forEach(t -> parts.add(repr(t)));
        return "(" + String.join(", ", parts) + ")";
    }

    static String repr(JsonNode node) {
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "True" : "False";
        }
        if (node.isNull()) {
            return "None";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(repr(n)));
            return "[" + String.join(", ", parts) + "]";
        }
        return node.toString();
    }

    static Object value(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() ? null : node.asText();
    }

    static JsonNode list(JsonNode single) {
        return JsonNodeFactory.instance.arrayNode().add(single);
    }
}
