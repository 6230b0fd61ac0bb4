package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import java.util.Iterator;
import java.util.List;

/**
 * Renders records as the reference addon does, from Odoo's {@code web_read} form (many2one as id,
 * nested relations as objects): only the selected fields, in the selected order; x2many lists
 * trimmed to their limit; datetimes in the configured style.
 */
public final class RecordShaper {

    private final DateTimeStyle dateTimeStyle;

    public RecordShaper(DateTimeStyle dateTimeStyle) {
        this.dateTimeStyle = dateTimeStyle;
    }

    /** A writer of records of a flat selection, shaped as here, straight from the bytes of Odoo's answer. */
    public FlatRecordWriter flatWriter(FieldSelection selection, String method) {
        return new FlatRecordWriter(selection, dateTimeStyle, method);
    }

    public ArrayNode shapeAll(JsonNode records, FieldSelection selection) {
        ArrayNode shaped = Json.NODES.arrayNode(records.size());
        records.forEach(r -> shaped.add(shape(r, selection)));
        return shaped;
    }

    /**
     * The record shaped for the selection. Odoo's answer is reshaped in place when its fields
     * already stand in the selected order (the usual case: Odoo answers in specification order), so
     * a large page costs no second tree; otherwise a new object is built in the selected order.
     */
    public ObjectNode shape(JsonNode record, FieldSelection selection) {
        if (record instanceof ObjectNode object && inSelectedOrder(object, selection)) {
            if (!selection.hasField("id")) {
                object.remove("id");
            }
            for (SelectedField field : selection.fields()) {
                JsonNode value = object.get(field.name());
                JsonNode shaped = shapeValue(value, field);
                if (shaped != value) {
                    object.set(field.name(), shaped);
                }
            }
            return object;
        }
        ObjectNode shaped = Json.NODES.objectNode();
        for (SelectedField field : selection.fields()) {
            JsonNode value = record.get(field.name());
            if (value != null) {
                shaped.set(field.name(), shapeValue(value, field));
            }
        }
        return shaped;
    }

    /** Whether the record has every selected field, in order, and nothing else but an unselected id. */
    private static boolean inSelectedOrder(ObjectNode record, FieldSelection selection) {
        List<SelectedField> fields = selection.fields();
        int next = 0;
        Iterator<String> names = record.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (next < fields.size() && fields.get(next).name().equals(name)) {
                next++;
            } else if (!name.equals("id") || selection.hasField("id")) {
                return false;
            }
        }
        return next == fields.size();
    }

    private JsonNode shapeValue(JsonNode value, SelectedField field) {
        if (field.isNested()) {
            return field.info().isToMany() ? shapeList(value, field) : shapeOne(value, field);
        }
        if (field.info().isMany2one() && value.isArray()) {
            return value.size() > 0 ? value.get(0) : BooleanNode.FALSE;
        }
        if (field.info().isToMany() && value.isArray()) {
            return idsOf((ArrayNode) value);
        }
        if ("datetime".equals(field.info().type()) && value.isTextual()) {
            return Json.NODES.textNode(dateTimeStyle.render(value.asText()));
        }
        return value;
    }

    private JsonNode shapeOne(JsonNode value, SelectedField field) {
        return value.isObject() ? shape(value, field.nested()) : BooleanNode.FALSE;
    }

    private JsonNode shapeList(JsonNode value, SelectedField field) {
        ArrayNode shaped = Json.NODES.arrayNode();
        if (!value.isArray()) {
            return shaped;
        }
        int max = field.limit() == null ? Integer.MAX_VALUE : field.limit();
        for (JsonNode element : value) {
            if (shaped.size() >= max) {
                break;
            }
            if (element.isObject()) {
                shaped.add(shape(element, field.nested()));
            }
        }
        return shaped;
    }

    /** An x2many read without sub-fields: plain ids (web_read may give {"id": n} objects). */
    private static ArrayNode idsOf(ArrayNode values) {
        boolean plain = true;
        for (JsonNode v : values) {
            plain &= !v.isObject();
        }
        if (plain) {
            return values;
        }
        ArrayNode ids = Json.NODES.arrayNode(values.size());
        for (JsonNode v : values) {
            ids.add(v.isObject() ? v.get("id") : v);
        }
        return ids;
    }
}
