package io.github.odoorestcamel.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records of a flat selection (no sub-fields) token by token from Odoo's answer to the
 * client's, exactly as {@link RecordShaper} renders them from a tree: the selected fields Odoo
 * sent, in the selected order (a field Odoo sends early is held until its turn), without any
 * other; a many2one's {@code [id, name]} as its id and an empty one as {@code false}; an x2many's
 * {@code {"id": n}} objects as their ids; datetimes in the configured style; everything else as
 * it came. Only one record is ever held in memory, and only the fields that came out of order.
 */
public final class FlatRecordWriter {

    private final List<SelectedField> fields;
    private final Map<String, Integer> positions = new HashMap<>();
    private final DateTimeStyle dateTimeStyle;
    private final String method;

    public FlatRecordWriter(FieldSelection selection, DateTimeStyle dateTimeStyle, String method) {
        if (!renders(selection)) {
            throw new IllegalArgumentException("a selection with sub-fields is shaped from a tree");
        }
        this.fields = selection.fields();
        for (int i = 0; i < fields.size(); i++) {
            positions.put(fields.get(i).name(), i);
        }
        this.dateTimeStyle = dateTimeStyle;
        this.method = method;
    }

    /** Whether records of this selection can be written as they are read: no field asks for sub-fields. */
    public static boolean renders(FieldSelection selection) {
        return selection.fields().stream().noneMatch(SelectedField::isNested);
    }

    /** Reads one record, the parser standing on its first token, and writes it shaped. */
    public void write(JsonParser in, JsonGenerator out) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw OdooAnswers.unexpected(method);
        }
        out.writeStartObject();
        TokenBuffer[] held = null;
        int next = 0;
        boolean hasId = false;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            hasId |= name.equals("id");
            int at = next < fields.size() && fields.get(next).name().equals(name) ? next : positions.getOrDefault(name, -1);
            if (at < 0) {
                in.skipChildren();
            } else if (at == next) {
                out.writeFieldName(name);
                writeValue(in, out, fields.get(at));
                next = writeHeld(held, next + 1, out);
            } else if (at > next && (held == null || held[at] == null)) {
                if (held == null) {
                    held = new TokenBuffer[fields.size()];
                }
                held[at] = new TokenBuffer(Json.MAPPER, false);
                writeValue(in, held[at], fields.get(at));
            } else {
                // a field twice: Odoo's answers come from Python dicts, which cannot hold one
                throw OdooAnswers.unexpected(method);
            }
        }
        if (!hasId) {
            throw OdooAnswers.unexpected(method);
        }
        if (held != null) {
            for (int i = next; i < held.length; i++) {
                writeHeld(held, i, out);
            }
        }
        out.writeEndObject();
    }

    /** Writes the held fields from {@code next} on while they follow each other; the position after them. */
    private int writeHeld(TokenBuffer[] held, int next, JsonGenerator out) throws IOException {
        int at = next;
        while (held != null && at < held.length && held[at] != null) {
            out.writeFieldName(fields.get(at).name());
            held[at].serialize(out);
            held[at] = null;
            at++;
        }
        return at;
    }

    private void writeValue(JsonParser in, JsonGenerator out, SelectedField field) throws IOException {
        JsonToken token = in.currentToken();
        if (field.info().isMany2one() && token == JsonToken.START_ARRAY) {
            if (in.nextToken() == JsonToken.END_ARRAY) {
                out.writeBoolean(false);
                return;
            }
            copy(in, out);
            while (in.nextToken() != JsonToken.END_ARRAY) {
                in.skipChildren();
            }
        } else if (field.info().isToMany() && token == JsonToken.START_ARRAY) {
            out.writeStartArray();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (in.currentToken() == JsonToken.START_OBJECT) {
                    JsonNode element = Json.MAPPER.readTree(in);
                    JsonNode id = element.get("id");
                    if (id == null) {
                        out.writeNull();
                    } else {
                        out.writeTree(id);
                    }
                } else {
                    copy(in, out);
                }
            }
            out.writeEndArray();
        } else if (token == JsonToken.VALUE_STRING && "datetime".equals(field.info().type())) {
            out.writeString(dateTimeStyle.render(in.getText()));
        } else {
            copy(in, out);
        }
    }

    /** One value as the tree would hold and write it: numbers as the numeric type Jackson reads them to. */
    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        switch (in.currentToken()) {
            case VALUE_STRING -> out.writeString(in.getTextCharacters(), in.getTextOffset(), in.getTextLength());
            case VALUE_NUMBER_INT -> {
                switch (in.getNumberType()) {
                    case INT -> out.writeNumber(in.getIntValue());
                    case LONG -> out.writeNumber(in.getLongValue());
                    default -> out.writeNumber(in.getBigIntegerValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> out.writeNumber(in.getDoubleValue());
            case VALUE_TRUE -> out.writeBoolean(true);
            case VALUE_FALSE -> out.writeBoolean(false);
            case VALUE_NULL -> out.writeNull();
            default -> out.writeTree(Json.MAPPER.readTree(in));
        }
    }
}
