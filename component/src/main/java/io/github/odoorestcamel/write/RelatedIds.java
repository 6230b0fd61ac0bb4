package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The existing records a write's values point to, by related model: many2one ids and the ids of
 * x2many commands 1 (update), 4 (link) and 6 (replace). Odoo answers a link to a missing record
 * with a foreign-key error about "the record being deleted", so they are checked beforehand.
 */
public final class RelatedIds {

    private RelatedIds() {
    }

    /** Related model → field → ids, in the order the fields come. */
    public static Map<String, Map<String, Set<Integer>>> of(ObjectNode values, ModelFields fields) {
        Map<String, Map<String, Set<Integer>>> byModel = new LinkedHashMap<>();
        values.fields().forEachRemaining(entry -> {
            FieldInfo field = fields.require(entry.getKey());
            if (!field.isRelational()) {
                return;
            }
            Set<Integer> ids = new TreeSet<>();
            JsonNode value = entry.getValue();
            if (field.isMany2one()) {
                if (value.isIntegralNumber()) {
                    ids.add(value.asInt());
                }
            } else {
                value.forEach(command -> collect(command, ids));
            }
            if (!ids.isEmpty()) {
                byModel.computeIfAbsent(field.relation(), m -> new LinkedHashMap<>()).put(field.name(), ids);
            }
        });
        return byModel;
    }

    private static void collect(JsonNode command, Set<Integer> ids) {
        switch (command.path(0).asInt(-1)) {
            case 1, 4 -> ids.add(command.get(1).asInt());
            case 6 -> command.get(2).forEach(id -> ids.add(id.asInt()));
            default -> {
                // 0 creates, 2 and 3 remove, 5 clears: nothing that must exist already
            }
        }
    }
}
