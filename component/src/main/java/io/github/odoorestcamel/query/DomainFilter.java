package io.github.odoorestcamel.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses and validates a {@code filter}: a JSON Odoo domain in prefix notation with {@code & | !}
 * operators and {@code [field, operator, value]} leaves. Shape, arity, operators, field names and
 * sizes are all checked before anything is sent to Odoo.
 */
public final class DomainFilter {

    public record Limits(int maxLength, int maxTerms, int maxValueLength) {
    }

    private static final Set<String> OPERATORS = Set.of(
            "=", "!=", "<>", ">", ">=", "<", "<=", "=?", "like", "not like", "ilike", "not ilike",
            "=like", "=ilike", "in", "not in", "child_of", "parent_of");
    private static final Set<String> LOGIC = Set.of("&", "|", "!");

    private DomainFilter() {
    }

    /** Parses the JSON text; the fields are checked separately, once the model's fields are known. */
    public static ArrayNode parse(String text, Limits limits) {
        if (text == null || text.isBlank()) {
            return Json.NODES.arrayNode();
        }
        if (text.length() > limits.maxLength()) {
            throw GatewayException.badRequest("filter is " + text.length() + " characters long, the limit is " + limits.maxLength());
        }
        JsonNode domain;
        try {
            domain = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw GatewayException.badRequest("filter is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (domain == null || !domain.isArray()) {
            throw GatewayException.badRequest("filter must be a JSON list such as [[\"name\", \"=\", \"x\"]]");
        }
        checkShape((ArrayNode) domain, limits);
        return (ArrayNode) domain;
    }

    /** Checks that every leaf names a field of the model (the first part of a dotted path). */
    public static void checkFields(ArrayNode domain, ModelFields fields) {
        for (JsonNode term : domain) {
            if (term.isArray()) {
                String path = term.get(0).asText();
                int dot = path.indexOf('.');
                String field = dot < 0 ? path : path.substring(0, dot);
                if (!fields.has(field)) {
                    throw GatewayException.badRequest("Invalid field '" + field + "' in filter on model '" + fields.model() + "'");
                }
            }
        }
    }

    private static void checkShape(ArrayNode domain, Limits limits) {
        if (domain.size() > limits.maxTerms()) {
            throw GatewayException.badRequest("filter has " + domain.size() + " terms, the limit is " + limits.maxTerms());
        }
        int operands = 0;
        for (int i = domain.size() - 1; i >= 0; i--) {
            JsonNode term = domain.get(i);
            if (term.isTextual() && LOGIC.contains(term.asText())) {
                int needed = "!".equals(term.asText()) ? 1 : 2;
                if (operands < needed) {
                    throw GatewayException.badRequest("filter operator '" + term.asText() + "' at index " + i
                            + " needs " + needed + " operand(s)");
                }
                operands -= needed - 1;
            } else {
                checkLeaf(term, i, limits);
                operands++;
            }
        }
    }

    private static void checkLeaf(JsonNode term, int index, Limits limits) {
        if (!term.isArray() || term.size() != 3 || !term.get(0).isTextual() || !term.get(1).isTextual()) {
            throw GatewayException.badRequest("filter term at index " + index
                    + " must be '&', '|', '!' or [field, operator, value]");
        }
        String field = term.get(0).asText();
        if (!field.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*") || field.length() > 256) {
            throw GatewayException.badRequest("filter term at index " + index + " has an invalid field name");
        }
        String operator = term.get(1).asText().toLowerCase(Locale.ROOT);
        if (!OPERATORS.contains(operator)) {
            throw GatewayException.badRequest("filter operator '" + abbreviate(term.get(1).asText()) + "' at index " + index
                    + " is not allowed; allowed: " + String.join(" ", new TreeSet<>(OPERATORS)));
        }
        JsonNode value = term.get(2);
        if (value.isArray()) {
            for (JsonNode element : value) {
                checkScalar(element, index, limits);
            }
        } else {
            checkScalar(value, index, limits);
        }
    }

    private static void checkScalar(JsonNode value, int index, Limits limits) {
        if (value.isContainerNode()) {
            throw GatewayException.badRequest("filter term at index " + index + " has a value that is neither a scalar nor a list of scalars");
        }
        if (value.isTextual() && value.asText().length() > limits.maxValueLength()) {
            throw GatewayException.badRequest("filter term at index " + index + " has a value longer than "
                    + limits.maxValueLength() + " characters");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
