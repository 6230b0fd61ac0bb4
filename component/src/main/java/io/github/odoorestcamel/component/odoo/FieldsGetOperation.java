package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.schema.FieldInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code fieldsGet}: the model's fields as the caller sees them (from the cached fields_get), name → type and relation. */
final class FieldsGetOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        for (FieldInfo field : odoo.catalog().fieldsOf(caller, request.model()).all()) {
            Map<String, String> description = new LinkedHashMap<>();
            description.put("type", field.type());
            if (field.relation() != null) {
                description.put("relation", field.relation());
            }
            fields.put(field.name(), description);
        }
        return OperationResult.of(fields);
    }
}
