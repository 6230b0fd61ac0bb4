package io.github.odoorestcamel.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code web_search_read}'s result, {@code {"length": n, "records": […]}}, read as it arrives: each
 * step reads one record and writes it, shaped, to the {@code result} array of the list's answer,
 * whose bytes wait here until they are taken. Odoo writes {@code length} before the records, so the
 * total is known before the first record; any other member is passed over.
 */
final class StreamedPage {

    private final JsonParser in;
    private final FlatRecordWriter records;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonGenerator out;
    private JsonNode length;
    private boolean recordsSeen;
    private boolean inRecords;
    private int count;

    /** The parser stands on the result's first token. */
    StreamedPage(JsonParser in, FlatRecordWriter records) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw OdooAnswers.unexpected("web_search_read");
        }
        this.in = in;
        this.records = records;
        this.out = Json.MAPPER.getFactory().createGenerator(bytes);
        out.writeStartArray();
    }

    /** Reads on until one more record is written; false once the result is over and the array closed. */
    boolean step() throws IOException {
        if (inRecords) {
            if (in.nextToken() != JsonToken.END_ARRAY) {
                records.write(in, out);
                count++;
                return true;
            }
            inRecords = false;
        }
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            if (name.equals("length")) {
                length = Json.MAPPER.readTree(in);
            } else if (name.equals("records")) {
                if (recordsSeen || in.currentToken() != JsonToken.START_ARRAY) {
                    throw OdooAnswers.unexpected("web_search_read");
                }
                recordsSeen = true;
                inRecords = true;
                return step();
            } else {
                in.skipChildren();
            }
        }
        if (!recordsSeen) {
            throw OdooAnswers.unexpected("web_search_read");
        }
        out.writeEndArray();
        out.flush();
        return false;
    }

    /** Whether the total is known: Odoo's {@code length} was read, or the result is over without one. */
    boolean knowsLength() {
        return length != null;
    }

    /** Odoo's {@code length}, read as the tree path reads it. */
    long length() {
        return length == null ? 0 : length.asLong();
    }

    /** Records written so far. */
    int count() {
        return count;
    }

    /** Bytes written and not yet taken. */
    int buffered() {
        return bytes.size() + out.getOutputBuffered();
    }

    /** The bytes written since the last take. */
    byte[] take() throws IOException {
        out.flush();
        byte[] taken = bytes.toByteArray();
        bytes.reset();
        return taken;
    }
}
