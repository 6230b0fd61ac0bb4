package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a model the bundles copy out of Odoo: only stored ones, since a computed field that
 * is not stored changes without its record's write_date moving and a copy of it would go stale;
 * and no binary content, which belongs neither on a bus nor in a warehouse row.
 */
public record CarriedFields(ModelFields fields) {

    public boolean carries(String name) {
        FieldInfo field = fields.fields().get(name);
        return field != null && field.stored() && !"binary".equals(field.type());
    }

    /** The record with only the fields the bundles carry (and its id). */
    public Map<String, Object> of(Map<String, Object> record) {
        Map<String, Object> kept = new LinkedHashMap<>();
        record.forEach((name, value) -> {
            if ("id".equals(name) || carries(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** The Odoo type of a field the model has. */
    public String type(String name) {
        return fields.require(name).type();
    }
}
