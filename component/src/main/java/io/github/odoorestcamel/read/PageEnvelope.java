package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;

/**
 * The reference addon's list envelope: {@code count, prev, current, next, total_pages, result}.
 * {@code next} exists when it is a real page, {@code prev} when it is between 1 and the last page.
 */
public final class PageEnvelope {

    private PageEnvelope() {
    }

    public static ObjectNode of(PageRequest page, long total, ArrayNode rows) {
        ObjectNode envelope = Json.NODES.objectNode();
        envelope.put("count", rows.size());
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
        envelope.set("result", rows);
        return envelope;
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
