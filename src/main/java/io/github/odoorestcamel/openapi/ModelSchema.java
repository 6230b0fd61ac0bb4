package io.github.odoorestcamel.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (OpenAPI 3.1) of one model's records, from its fields as {@code fields_get}
 * describes them: each field's type as the gateway renders it, Odoo's label as title, readonly fields as {@code readOnly}, required
 * ones in {@code required}, selection values as an enum. A relation is its id (many2one) or id
 * list (x2many) — or, when nested in the query, the related record: a {@code $ref} to that model's
 * schema when the document holds it. Odoo sends {@code false} for an empty value, which the schema
 * admits for every field that is not required (numbers are 0 when empty).
 */
public final class ModelSchema {

    private static final Map<String, String> PLAIN = Map.of(
            "char", "string", "text", "string", "html", "string", "integer", "integer", "float", "number",
            "monetary", "number", "boolean", "boolean", "many2one_reference", "integer");

    private ModelSchema() {
    }

    /** The schema of the model; {@code documented} names the models whose schemas the document holds. */
    public static ObjectNode of(ModelFields fields, Set<String> documented) {
        ObjectNode schema = Json.NODES.objectNode().put("type", "object").put("title", fields.model());
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.NODES.arrayNode();
        for (FieldInfo field : fields.all()) {
            ObjectNode property = property(field, documented);
            if (field.label() != null) {
                property.put("title", field.label());
            }
            if (field.readonly() || field.name().equals("id")) {
                property.put("readOnly", true);
            }
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode property(FieldInfo field, Set<String> documented) {
        String relation = field.relation();
        boolean mandatory = field.required();
        ObjectNode property = Json.NODES.objectNode();
        switch (field.type()) {
            case "many2one" -> {
                ArrayNode anyOf = property.putArray("anyOf");
                anyOf.addObject().put("type", "integer").put("description", "id of " + relation);
                related(anyOf, relation, documented);
                if (!mandatory) {
                    anyOf.addObject().put("const", false);
                }
                return property;
            }
            case "one2many", "many2many" -> {
                property.put("type", "array");
                ArrayNode anyOf = property.putObject("items").putArray("anyOf");
                anyOf.addObject().put("type", "integer").put("description", "id of " + relation);
                related(anyOf, relation, documented);
                return property;
            }
            case "selection" -> {
                ArrayNode values = property.putArray("enum");
                field.selection().forEach(value -> values.add(Json.MAPPER.valueToTree(value)));
                if (!mandatory) {
                    values.add(false);
                }
                return property;
            }
            case "date" -> property.put("format", "date");
            case "datetime" -> property.put("description", "UTC, in the format odoo.rest.datetime-format sets");
            case "binary" -> property.put("contentEncoding", "base64");
            default -> {
                String plain = PLAIN.get(field.type());
                if (plain == null) {
                    return property.put("description", "Odoo type " + field.type() + ", passed on as Odoo sends it");
                }
                return typed(property, plain, mandatory);
            }
        }
        return typed(property, "string", mandatory);
    }

    private static void related(ArrayNode anyOf, String relation, Set<String> documented) {
        if (relation != null && documented.contains(relation)) {
            anyOf.addObject().put("$ref", "#/components/schemas/" + relation);
        } else {
            anyOf.addObject().put("type", "object").put("description", "the " + relation + " record, when nested in the query");
        }
    }

    /** Odoo renders empty numbers as 0, empty texts, dates and binaries as false. */
    private static ObjectNode typed(ObjectNode property, String type, boolean mandatory) {
        if (mandatory || !type.equals("string")) {
            return property.put("type", type);
        }
        property.putArray("type").add(type).add("boolean");
        return property;
    }
}
