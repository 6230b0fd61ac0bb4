package io.github.odoorestcamel.core;

import io.github.odoorestcamel.odoo.http.OdooHttpSettings;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.ReadSettings;

/**
 * What the services of one Odoo are made from: how to reach it, what is remembered of its answers
 * and for how long, the bounds of reads and how datetimes are rendered. The {@code odoo:}
 * component builds it from its options, the gateway from its {@code odoo.*} settings.
 */
public record OdooSettings(OdooHttpSettings http, OdooCacheSettings caches, ReadSettings reads, DateTimeStyle dateTimes) {

    public String url() {
        return http.url();
    }
}
