package io.github.odoorestcamel.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (OpenAPI 3.1) of one model's records, from a {@code fields_get} answer with the
 * attributes {@code type, string, required, readonly, selection, relation}: each field's type as
 * the gateway renders it, Odoo's label as title, readonly fields as {@code readOnly}, required
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

    /** The schema of {@code model}; {@code documented} names the models whose schemas the document holds. */
    public static ObjectNode of(String model, JsonNode fields, Set<String> documented) {
        ObjectNode schema = Json.NODES.objectNode().put("type", "object").put("title", model);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.NODES.arrayNode();
        Iterator<Map.Entry<String, JsonNode>> each = fields.fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> field = each.next();
            JsonNode info = field.getValue();
            boolean mandatory = info.path("required").asBoolean(false);
            ObjectNode property = property(info, documented, mandatory);
            if (info.hasNonNull("string")) {
                property.put("title", info.get("string").asText());
            }
            if (info.path("readonly").asBoolean(false) || field.getKey().equals("id")) {
                property.put("readOnly", true);
            }
            properties.set(field.getKey(), property);
            if (mandatory) {
                required.add(field.getKey());
            }
        }
        if (!properties.has("id")) {
            properties.putObject("id").put("type", "integer").put("readOnly", true);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode property(JsonNode info, Set<String> documented, boolean mandatory) {
        String type = info.path("type").asText();
        String relation = info.path("relation").asText(null);
        ObjectNode property = Json.NODES.objectNode();
        switch (type) {
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
                info.path("selection").forEach(option -> values.add(option.path(0)));
                if (!mandatory) {
                    values.add(false);
                }
                return property;
            }
            case "date" -> property.put("format", "date");
            case "datetime" -> property.put("description", "UTC, in the format odoo.rest.datetime-format sets");
            case "binary" -> property.put("contentEncoding", "base64");
            default -> {
                String plain = PLAIN.get(type);
                if (plain == null) {
                    return property.put("description", "Odoo type " + type + ", passed on as Odoo sends it");
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
