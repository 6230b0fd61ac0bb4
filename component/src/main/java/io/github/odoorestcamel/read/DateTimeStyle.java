package io.github.odoorestcamel.read;

import io.github.odoorestcamel.json.ByteSink;
import java.util.Locale;

/**
 * How datetime values are rendered. Odoo sends {@code YYYY-MM-DD HH:MM:SS} in UTC; the reference
 * addon renders {@code YYYY-MM-DD-HH-MM} ({@code legacy}).
 */
public enum DateTimeStyle {
    LEGACY, ODOO, ISO8601;

    public static DateTimeStyle of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("odoo.rest.datetime-format must be legacy, odoo or iso8601, not " + setting, e);
        }
    }

    /**
     * Writes a value of ASCII characters that need no escape, as {@link #render} renders it, as a
     * JSON string: the same bytes the mapper writes for the rendered string.
     */
    public void write(ByteSink plainOdooValue, ByteSink out) {
        int length = plainOdooValue.size();
        out.write('"');
        if (length < 19 || this == ODOO) {
            out.write(plainOdooValue);
        } else if (this == LEGACY) {
            out.write(plainOdooValue, 0, 10);
            out.write('-');
            out.write(plainOdooValue, 11, 13);
            out.write('-');
            out.write(plainOdooValue, 14, 16);
        } else {
            out.write(plainOdooValue, 0, 10);
            out.write('T');
            out.write(plainOdooValue, 11, 19);
            out.write('Z');
        }
        out.write('"');
    }

    public String render(String odooValue) {
        if (odooValue.length() < 19) {
            return odooValue;
        }
        return switch (this) {
            case LEGACY -> odooValue.substring(0, 10) + "-" + odooValue.substring(11, 13) + "-" + odooValue.substring(14, 16);
            case ODOO -> odooValue;
            case ISO8601 -> odooValue.substring(0, 10) + "T" + odooValue.substring(11, 19) + "Z";
        };
    }
}
