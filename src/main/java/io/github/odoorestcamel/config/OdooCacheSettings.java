package io.github.odoorestcamel.config;

import java.time.Duration;

/** How long, and for how many keys, what Odoo said is remembered ({@code odoo.*.cache-ttl}, {@code odoo.*.cache-size}). */
public record OdooCacheSettings(Duration versionTtl, Duration sessionTtl, long sessionSize, Duration apiKeyTtl, long apiKeySize,
                                Duration schemaTtl, long schemaSize) {

    public static OdooCacheSettings read(SettingsReader settings) {
        return new OdooCacheSettings(settings.seconds("odoo.version.cache-ttl"),
                settings.seconds("odoo.session.cache-ttl"), settings.number("odoo.session.cache-size"),
                settings.seconds("odoo.apikey.cache-ttl"), settings.number("odoo.apikey.cache-size"),
                settings.seconds("odoo.schema.cache-ttl"), settings.number("odoo.schema.cache-size"));
    }
}
