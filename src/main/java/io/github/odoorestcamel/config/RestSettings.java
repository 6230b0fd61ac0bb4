package io.github.odoorestcamel.config;

import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.ReadSettings;

/** The REST API ({@code odoo.rest.*}): the bounds of reads, how datetimes look, where sessions may come from. */
public record RestSettings(ReadSettings reads, DateTimeStyle dateTimes, boolean sessionQueryParam, boolean cookieSecure,
                           int openApiMaxModels) {

    public static RestSettings read(SettingsReader settings) {
        ReadSettings reads = new ReadSettings(settings.integer("odoo.rest.max-page-size"), settings.integer("odoo.rest.max-rows"),
                new QueryLimits(settings.integer("odoo.rest.query.max-length"), settings.integer("odoo.rest.query.max-depth"),
                        settings.integer("odoo.rest.query.max-fields")),
                new DomainFilter.Limits(settings.integer("odoo.rest.filter.max-length"), settings.integer("odoo.rest.filter.max-terms"),
                        settings.integer("odoo.rest.filter.max-value-length")));
        return new RestSettings(reads, DateTimeStyle.of(settings.text("odoo.rest.datetime-format")),
                settings.flag("odoo.rest.session-query-param"), settings.flag("odoo.rest.cookie-secure"),
                settings.integer("odoo.rest.openapi.max-models"));
    }
}
