package io.github.odoorestcamel.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.json.JsonBytes;
import io.github.odoorestcamel.json.PushbackBytes;
import java.io.IOException;

/**
 * {@code web_search_read}'s result, {@code {"length": n, "records": […]}}, read as it arrives: each
 * step reads one record and writes it, shaped, to the {@code result} array of the list's answer,
 * whose bytes wait here until they are taken. Odoo writes {@code length} before the records, so the
 * total is known before the first record; any other member is passed over. The result's members
 * are read by the parser; the records, the bulk of the answer, straight from the bytes
 * ({@link FlatRecordWriter}), after which the parser goes on from the array's end.
 */
final class StreamedPage {

    /** The answer's bytes after the parser's current token, taking turns with it. */
    interface RawInput {
        PushbackBytes afterToken() throws IOException;
    }

    private final RawInput rawInput;
    private final JsonParser in;
    private final FlatRecordWriter records;
    private final ByteSink bytes = new ByteSink(16 * 1024);
    private JsonNode length;
    private boolean recordsSeen;
    private PushbackBytes input;
    private JsonBytes raw;
    private int count;

    /** {@code in} stands on the result's first token. */
    StreamedPage(JsonParser in, RawInput rawInput, FlatRecordWriter records) {
        this.rawInput = rawInput;
        this.in = in;
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw OdooAnswers.unexpected("web_search_read");
        }
        this.records = records;
        bytes.write('[');
    }

    /** Reads on until one more record is written; false once the result is over and the array closed. */
    boolean step() throws IOException {
        if (raw != null) {
            if (raw.nextElement(count == 0)) {
                if (count > 0) {
                    bytes.write(',');
                }
                records.write(raw, bytes);
                count++;
                return true;
            }
            // the closing bracket and what follows go back to the parser, which is inside the array
            raw.handBack(input);
            raw = null;
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw OdooAnswers.unexpected("web_search_read");
            }
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
                input = rawInput.afterToken();
                raw = new JsonBytes(input, in.getParsingContext().getNestingDepth());
                return step();
            } else {
                in.skipChildren();
            }
        }
        if (!recordsSeen) {
            throw OdooAnswers.unexpected("web_search_read");
        }
        bytes.write(']');
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
        return bytes.size();
    }

    /** The bytes written since the last take. */
    byte[] take() {
        return bytes.take();
    }

    /** The bytes written since the last take, to be moved out of it. */
    ByteSink pending() {
        return bytes;
    }
}
