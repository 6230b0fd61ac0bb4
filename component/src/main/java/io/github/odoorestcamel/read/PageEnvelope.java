package io.github.odoorestcamel.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The reference addon's list envelope: {@code count, prev, current, next, total_pages, result}.
 * {@code next} exists when it is a real page, {@code prev} when it is between 1 and the last page.
 */
public final class PageEnvelope {

    private PageEnvelope() {
    }

    public static ObjectNode of(PageRequest page, long total, ArrayNode rows) {
        ObjectNode envelope = head(page, total, rows.size());
        envelope.set("result", rows);
        return envelope;
    }

    /** The envelope before its {@code result}, for a page of {@code count} rows. */
    public static ObjectNode head(PageRequest page, long total, int count) {
        ObjectNode envelope = Json.NODES.objectNode();
        envelope.put("count", count);
        if (!page.paged()) {
            envelope.putNull("prev");
            envelope.put("current", 1);
            envelope.putNull("next");
            envelope.put("total_pages", 1);
        } else {
            long totalPages = totalPages(page, total);
            long current = page.page();
            putPage(envelope, "prev", current - 1, totalPages);
            envelope.put("current", current);
            putPage(envelope, "next", current + 1, totalPages);
            envelope.put("total_pages", totalPages);
        }
        return envelope;
    }

    /**
     * The envelope's head followed by the bytes of its {@code result} array, as the tree of
     * {@link #of} is written; closed when the array is ({@code complete}), else to be continued.
     */
    static byte[] bytes(ObjectNode head, ByteSink rows, boolean complete) throws IOException {
        ByteArrayOutputStream start = new ByteArrayOutputStream(128);
        try (JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(start).disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> field : head.properties()) {
                generator.writeFieldName(field.getKey());
                generator.writeTree(field.getValue());
            }
            generator.writeFieldName("result");
            // the separator is written with a value, and the value is the rows that follow
            generator.writeRaw(':');
        }
        // the rows, the bulk of it, are copied once, into the answer
        byte[] before = start.toByteArray();
        byte[] out = new byte[before.length + rows.size() + (complete ? 1 : 0)];
        System.arraycopy(before, 0, out, 0, before.length);
        rows.moveTo(out, before.length);
        if (complete) {
            out[out.length - 1] = '}';
        }
        return out;
    }

    public static long totalPages(PageRequest page, long total) {
        return page.paged() ? (total + page.pageSize() - 1) / page.pageSize() : 1;
    }

    private static void putPage(ObjectNode envelope, String name, long number, long totalPages) {
        if (number >= 1 && number <= totalPages) {
            envelope.put(name, number);
        } else {
            envelope.putNull(name);
        }
    }
}
