package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of a write that would change a record, given the record as {@code search_read} reads
 * it: many2one as {@code [id, name]}, x2many as ids, empty as {@code false}. A value that would
 * leave the field as it is is left out, so writing what a record already holds sends nothing.
 */
public final class ChangedValues {

    private ChangedValues() {
    }

    public static ObjectNode of(JsonNode record, ObjectNode values, ModelFields fields) {
        ObjectNode changed = Json.NODES.objectNode();
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            FieldInfo field = fields.require(entry.getKey());
            JsonNode current = record.get(entry.getKey());
            if (current == null || !same(field, current, entry.getValue())) {
                changed.set(entry.getKey(), entry.getValue());
            }
        }
        return changed;
    }

    static boolean same(FieldInfo field, JsonNode current, JsonNode wanted) {
        if (field.isMany2one()) {
            return idOf(current) == idOf(wanted);
        }
        if (field.isToMany()) {
            Set<Integer> ids = ids(current);
            Set<Integer> after = afterCommands(ids, wanted);
            return ids.equals(after);
        }
        if (isEmpty(current) || isEmpty(wanted)) {
            return isEmpty(current) == isEmpty(wanted) && (!"boolean".equals(field.type()) || current.asBoolean() == wanted.asBoolean());
        }
        if (current.isNumber() && wanted.isNumber()) {
            return current.decimalValue().compareTo(wanted.decimalValue()) == 0;
        }
        return current.equals(wanted);
    }

    /** The ids after the commands; null when a command's effect cannot be told from the ids alone. */
    private static Set<Integer> afterCommands(Set<Integer> current, JsonNode commands) {
        Set<Integer> ids = new LinkedHashSet<>(current);
        for (JsonNode command : commands) {
            switch (command.path(0).asInt(-1)) {
                case 3 -> ids.remove(command.path(1).asInt());
                case 4 -> ids.add(command.path(1).asInt());
                case 5 -> ids.clear();
                case 6 -> {
                    ids.clear();
                    ids.addAll(ids(command.path(2)));
                }
                default -> {
                    return null;
                }
            }
        }
        return ids;
    }

    private static Set<Integer> ids(JsonNode list) {
        Set<Integer> ids = new LinkedHashSet<>();
        list.forEach(id -> ids.add(id.asInt()));
        return ids;
    }

    private static long idOf(JsonNode value) {
        JsonNode id = value.isArray() ? value.path(0) : value;
        return id.canConvertToLong() && id.isIntegralNumber() ? id.asLong() : 0;
    }

    /** Odoo reads an unset value as {@code false}; null, false and "" all mean "no value" here. */
    private static boolean isEmpty(JsonNode value) {
        return value.isNull() || value.isBoolean() && !value.asBoolean() || value.isTextual() && value.asText().isEmpty();
    }
}
