package io.github.odoorestcamel.config;

import io.github.odoorestcamel.core.OdooCacheSettings;
import io.github.odoorestcamel.core.OdooSettings;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.ReadSettings;

/**
 * The core's settings of the Odoo behind the gateway, from the gateway's keys: {@code odoo.url}
 * and {@code odoo.http.*}, the caches ({@code odoo.*.cache-ttl}, {@code odoo.*.cache-size}), and
 * the bounds of reads and the datetime format ({@code odoo.rest.*}).
 */
public final class OdooCoreSettings {

    private OdooCoreSettings() {
    }

    public static OdooSettings read(SettingsReader settings, OdooConnectionSettings connection) {
        OdooCacheSettings caches = new OdooCacheSettings(settings.seconds("odoo.version.cache-ttl"),
                settings.seconds("odoo.session.cache-ttl"), settings.number("odoo.session.cache-size"),
                settings.seconds("odoo.apikey.cache-ttl"), settings.number("odoo.apikey.cache-size"),
                settings.seconds("odoo.schema.cache-ttl"), settings.number("odoo.schema.cache-size"));
        ReadSettings reads = new ReadSettings(settings.integer("odoo.rest.max-page-size"), settings.integer("odoo.rest.max-rows"),
                new QueryLimits(settings.integer("odoo.rest.query.max-length"), settings.integer("odoo.rest.query.max-depth"),
                        settings.integer("odoo.rest.query.max-fields")),
                new DomainFilter.Limits(settings.integer("odoo.rest.filter.max-length"), settings.integer("odoo.rest.filter.max-terms"),
                        settings.integer("odoo.rest.filter.max-value-length")));
        return new OdooSettings(connection.http(connection.url()), caches, reads, DateTimeStyle.of(settings.text("odoo.rest.datetime-format")));
    }
}
