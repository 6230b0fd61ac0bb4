package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the next records after a {@link Watermark}, in (second, id) order, {@code batchSize} at a
 * time, reading only ids, create_dates and write_dates. Odoo orders by the stored microseconds,
 * not by the second it reads, so rows of the last second of a full page may be incomplete: they
 * are left for the next page, and a page filled by one second (one import stamps hundreds of
 * records with one write_date, E4b) is read again within that second by id.
 */
public final class ChangeScanner {

    /** A changed record: its id, and its create_date and write_date as Odoo reads them. */
    public record Change(long id, String createDate, String writeDate) {
        public Watermark position() {
            return new Watermark(Watermark.secondOf(writeDate), id);
        }

        public ChangeKind kind() {
            return ChangeKind.of(createDate, writeDate);
        }
    }

    /** The changes of one page; {@code exhausted} when nothing follows them yet. */
    public record Page(List<Change> changes, boolean exhausted) {
    }

    private final OdooClient odoo;
    private final String model;
    private final ArrayNode domain;
    private final ObjectNode context;
    private final int batchSize;

    public ChangeScanner(OdooClient odoo, String model, ArrayNode domain, ObjectNode context, int batchSize) {
        this.odoo = odoo;
        this.model = model;
        this.domain = domain;
        this.context = context;
        this.batchSize = batchSize;
    }

    public Page next(Caller caller, Watermark after) {
        List<Change> changes = read(caller, after.afterTerms(), "write_date asc, id asc");
        if (changes.size() < batchSize) {
            return new Page(inOrder(changes), true);
        }
        String lastSecond = changes.get(changes.size() - 1).position().second();
        List<Change> complete = inOrder(changes.stream().filter(c -> c.position().second().compareTo(lastSecond) < 0).toList());
        if (!complete.isEmpty()) {
            return new Page(complete, false);
        }
        Watermark from = new Watermark(lastSecond, lastSecond.equals(after.second()) ? after.id() : 0);
        return new Page(read(caller, from.inSecondTerms(), "id asc"), false);
    }

    private List<Change> read(Caller caller, ArrayNode terms, String order) {
        ArrayNode where = domain.deepCopy().addAll(terms);
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.putArray("fields").add("id").add("create_date").add("write_date");
        kwargs.put("limit", batchSize);
        kwargs.put("order", order);
        kwargs.set("context", context);
        JsonNode rows = odoo.execute(caller, model, "search_read", Json.NODES.arrayNode().add(where), kwargs);
        List<Change> changes = new ArrayList<>();
        rows.forEach(row -> changes.add(new Change(row.path("id").asLong(), row.path("create_date").asText(null),
                row.path("write_date").asText())));
        return changes;
    }

    private static List<Change> inOrder(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> a.position().compareTo(b.position()));
        return sorted;
    }
}
