package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.json.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A position in the change feed: every record whose {@code write_date} (as Odoo reads it, to the
 * second) and id come at or before {@code (second, id)} has been emitted. Odoo stores write_date
 * with microseconds but reads it truncated, and {@code write_date > 'second'} still matches a record
 * that reads as that second (transcripts E1, E2), so the feed pages by whole seconds and, within a
 * second, by id. Stored as text: {@code 2026-11-27 19:40:38,1043}.
 */
public record Watermark(String second, long id) implements Comparable<Watermark> {

    private static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int SECOND_LENGTH = "yyyy-MM-dd HH:mm:ss".length();
    static final Watermark BEGINNING = new Watermark("1970-01-01 00:00:00", 0);

    public static Watermark parse(String state) {
        int comma = state.lastIndexOf(',');
        String second = comma < 0 ? state : state.substring(0, comma);
        long id = comma < 0 ? 0 : Long.parseLong(state.substring(comma + 1).strip());
        return new Watermark(ODOO.format(parseTime(second.strip())), id);
    }

    /** Where a consumer without stored state starts: {@code now}, {@code beginning} or a UTC time. */
    static Watermark since(String option, Instant now) {
        String value = option == null ? "now" : option.strip();
        if (value.equalsIgnoreCase("beginning")) {
            return BEGINNING;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("now")) {
            return at(now);
        }
        return new Watermark(ODOO.format(parseTime(value)), 0);
    }

    /** The second an Odoo write_date reads as. */
    static String secondOf(String writeDate) {
        return writeDate.length() > SECOND_LENGTH ? writeDate.substring(0, SECOND_LENGTH) : writeDate;
    }

    /** The start of the second {@code time} falls in. */
    public static Watermark at(Instant time) {
        return new Watermark(ODOO.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC)), 0);
    }

    private static LocalDateTime parseTime(String text) {
        String normalised = text.replace('T', ' ').replaceAll("Z$", "");
        try {
            return LocalDateTime.parse(secondOf(normalised), ODOO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a UTC time like 2026-11-27 19:40:38: '" + text + "'", e);
        }
    }

    public Instant instant() {
        return LocalDateTime.parse(second, ODOO).toInstant(ZoneOffset.UTC);
    }

    /** The start of the second {@code seconds} before this one. */
    public Watermark minusSeconds(long seconds) {
        return at(instant().minusSeconds(seconds));
    }

    public String format() {
        return second + "," + id;
    }

    /** Domain terms for the records after this position: a later second, or this second and a larger id. */
    ArrayNode afterTerms() {
        ArrayNode terms = Json.NODES.arrayNode();
        terms.add("&");
        terms.addArray().add("write_date").add(">=").add(second);
        terms.add("|");
        terms.addArray().add("write_date").add(">=").add(nextSecond());
        terms.addArray().add("id").add(">").add(id);
        return terms;
    }

    /** Domain terms for the records of this position's second with a larger id. */
    ArrayNode inSecondTerms() {
        ArrayNode terms = Json.NODES.arrayNode();
        terms.addArray().add("write_date").add(">=").add(second);
        terms.addArray().add("write_date").add("<").add(nextSecond());
        terms.addArray().add("id").add(">").add(id);
        return terms;
    }

    private String nextSecond() {
        return ODOO.format(LocalDateTime.ofInstant(instant().plus(1, ChronoUnit.SECONDS), ZoneOffset.UTC));
    }

    @Override
    public int compareTo(Watermark other) {
        int bySecond = second.compareTo(other.second);
        return bySecond != 0 ? bySecond : Long.compare(id, other.id);
    }

    public Watermark max(Watermark other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
