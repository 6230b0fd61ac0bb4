package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;

/** Builds the nested {@code specification} that {@code web_search_read}/{@code web_read} take (Odoo ≥ 17). */
public final class Specification {

    private Specification() {
    }

    public static ObjectNode of(FieldSelection selection) {
        ObjectNode spec = Json.NODES.objectNode();
        for (SelectedField field : selection.fields()) {
            ObjectNode entry = spec.putObject(field.name());
            if (field.isNested()) {
                entry.set("fields", of(field.nested()));
                if (field.limit() != null) {
                    entry.put("limit", field.limit());
                }
                if (field.order() != null) {
                    entry.put("order", field.order());
                }
            }
        }
        return spec;
    }
}
