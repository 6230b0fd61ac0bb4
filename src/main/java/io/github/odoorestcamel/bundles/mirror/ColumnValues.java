package io.github.odoorestcamel.bundles.mirror;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.odoorestcamel.json.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a value as Odoo (or the REST shaping) renders it into the Java value JDBC stores in a column
 * of the given type. Odoo says {@code false} for "no value" on every field type, so {@code false}
 * is NULL everywhere but in a boolean column.
 */
public final class ColumnValues {

    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm");
    private static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ColumnValues() {
    }

    public static Object toColumn(ColumnType type, Object value) {
        if (value == null || (Boolean.FALSE.equals(value) && type != ColumnType.BOOLEAN)) {
            return null;
        }
        return switch (type) {
            case TEXT -> text(value);
            case BIGINT -> id(value);
            case DOUBLE -> ((Number) value).doubleValue();
            case BOOLEAN -> (Boolean) value;
            case DATE -> LocalDate.parse(((String) value).substring(0, 10));
            case TIMESTAMP -> timestamp((String) value);
            case BIGINT_ARRAY -> ((Collection<?>) value).stream().map(ColumnValues::id).toArray(Long[]::new);
        };
    }

    /**
     * A UTC timestamp in any of the renderings the gateway knows: Odoo's {@code 2026-11-27 19:42:44},
     * ISO 8601 {@code 2026-11-27T19:42:44Z}, or the reference addon's {@code 2026-11-27-19-42}.
     */
    public static LocalDateTime timestamp(String value) {
        try {
            if (value.length() == 16) {
                return LocalDateTime.parse(value, LEGACY);
            }
            if (value.indexOf('T') == 10) {
                return LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
            }
            return LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value, ODOO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a datetime Odoo sends: '" + value + "'", e);
        }
    }

    /** A record id: a number, a many2one pair {@code [id, name]}, or a nested record {@code {"id": …}}. */
    private static Long id(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof List<?> pair && !pair.isEmpty()) {
            return id(pair.get(0));
        }
        if (value instanceof Map<?, ?> record && record.get("id") != null) {
            return id(record.get("id"));
        }
        throw new IllegalArgumentException("Not a record id: " + value);
    }

    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value not representable as text: " + value, e);
        }
    }
}
