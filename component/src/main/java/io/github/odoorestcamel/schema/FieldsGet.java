package io.github.odoorestcamel.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo's {@code fields_get}, asked for {@link #ATTRIBUTES} in the caller's language. Odoo leaves out
 * an attribute that does not apply ({@code relation} of a char field, {@code selection} of anything
 * but a selection field); {@code store} missing (an Odoo that does not report it) counts as stored.
 * Every model has an {@code id}, even where the caller's answer omits it.
 */
public final class FieldsGet {

    /** The attributes the gateway asks {@code fields_get} for. */
    public static final List<String> ATTRIBUTES = List.of("type", "relation", "string", "store", "required", "readonly", "selection");

    private static final FieldInfo ID = new FieldInfo("id", "integer", null, null, true, false, true, List.of());

    private FieldsGet() {
    }

    /** The model's fields as the user sees them: one {@code fields_get}. */
    public static ModelFields ask(OdooClient odoo, Caller user, String model) {
        ObjectNode kwargs = Json.NODES.objectNode();
        ATTRIBUTES.forEach(kwargs.putArray("attributes")::add);
        ObjectNode context = kwargs.putObject("context");
        if (!user.lang().isEmpty()) {
            context.put("lang", user.lang());
        }
        return parse(model, odoo.execute(user, model, "fields_get", Json.NODES.arrayNode(), kwargs));
    }

    public static ModelFields parse(String model, JsonNode answer) {
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        answer.fields().forEachRemaining(e -> fields.put(e.getKey(), field(e.getKey(), e.getValue())));
        fields.putIfAbsent("id", ID);
        return new ModelFields(model, fields);
    }

    private static FieldInfo field(String name, JsonNode attributes) {
        return new FieldInfo(name, attributes.path("type").asText(), text(attributes.path("relation")),
                text(attributes.path("string")), attributes.path("store").asBoolean(true), attributes.path("required").asBoolean(false),
                attributes.path("readonly").asBoolean(false), selectionValues(attributes.path("selection")));
    }

    /** The first element of each {@code [value, label]} pair: a string, or a number for an integer selection. */
    private static List<Object> selectionValues(JsonNode selection) {
        List<Object> values = new ArrayList<>();
        for (JsonNode option : selection) {
            JsonNode value = option.path(0);
            values.add(value.isNumber() ? value.numberValue() : value.asText());
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
