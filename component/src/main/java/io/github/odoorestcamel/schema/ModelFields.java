package io.github.odoorestcamel.schema;

import io.github.odoorestcamel.error.GatewayException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of one model as one user sees them, in the order Odoo lists them. */
public record ModelFields(String model, Map<String, FieldInfo> fields) {

    public ModelFields {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The field, or a 400 naming it when the model has no such field. */
    public FieldInfo require(String name) {
        FieldInfo info = fields.get(name);
        if (info == null) {
            throw GatewayException.badRequest("Invalid field '" + name + "' on model '" + model + "'");
        }
        return info;
    }

    public Collection<FieldInfo> all() {
        return fields.values();
    }
}
