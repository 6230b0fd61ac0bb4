package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.json.Json;
import java.time.Instant;

/**
 * A position in a walk through a table by id: every record changed after {@code from} and written
 * before the second {@code bound} (fixed when the walk started) whose id is at most {@code id} has
 * been emitted. Odoo has no index on write_date, so a first copy ordered by it sorts the whole
 * table on every page; ordered by id, each page is read by the primary key. A record written
 * during the walk gets a write_date at or after the bound and is left to the (second, id) scan
 * that follows from {@link #end()}. Stored as text:
 * {@code walk 1043 before 2026-12-06 05:00:00 after 1970-01-01 00:00:00,0}.
 */
public record Walk(Watermark from, String bound, long id) {

    private static final String PREFIX = "walk ";
    private static final String BEFORE = " before ";
    private static final String AFTER = " after ";

    /** A walk starting now over the records changed after {@code from}. */
    static Walk startingAt(Watermark from, Instant now) {
        return new Walk(from, Watermark.at(now).second(), 0);
    }

    public static boolean isWalk(String state) {
        return state.startsWith(PREFIX);
    }

    public static Walk parse(String state) {
        int before = state.indexOf(BEFORE);
        int after = state.indexOf(AFTER);
        if (!isWalk(state) || before < 0 || after < before) {
            throw new IllegalArgumentException("Not a walk position like 'walk 1043" + BEFORE + "2026-12-06 05:00:00" + AFTER
                    + "1970-01-01 00:00:00,0': '" + state + "'");
        }
        long id = Long.parseLong(state.substring(PREFIX.length(), before).strip());
        String bound = Watermark.parse(state.substring(before + BEFORE.length(), after)).second();
        return new Walk(Watermark.parse(state.substring(after + AFTER.length())), bound, id);
    }

    public String format() {
        return PREFIX + id + BEFORE + bound + AFTER + from.format();
    }

    /** The same walk, past the record {@code id}. */
    Walk past(long id) {
        return new Walk(from, bound, id);
    }

    /** Where the (second, id) scan goes on once the walk is done: every record written before the bound was emitted. */
    Watermark end() {
        return new Watermark(bound, 0);
    }

    /** Domain terms for the records left to walk: an id above this one, written before the bound, changed after {@code from}. */
    ArrayNode terms() {
        ArrayNode terms = Json.NODES.arrayNode();
        terms.addArray().add("id").add(">").add(id);
        terms.addArray().add("write_date").add("<").add(bound);
        return Watermark.BEGINNING.equals(from) ? terms : terms.addAll(from.afterTerms());
    }
}
