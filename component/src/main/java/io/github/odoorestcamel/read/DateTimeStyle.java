package io.github.odoorestcamel.read;

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
