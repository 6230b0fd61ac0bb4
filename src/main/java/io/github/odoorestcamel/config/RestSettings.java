package io.github.odoorestcamel.config;

/**
 * The REST API ({@code odoo.rest.*}) beyond what the core reads: where sessions may come from,
 * the session cookie, the OpenAPI document's bound, and whether large lists of flat fields are
 * written as Odoo's answer arrives. The bounds of reads and the datetime
 * format are the core's ({@link OdooCoreSettings}).
 */
public record RestSettings(boolean sessionQueryParam, boolean cookieSecure, int openApiMaxModels, boolean streamLists,
                           int streamAboveBytes) {

    public static RestSettings read(SettingsReader settings) {
        return new RestSettings(settings.flag("odoo.rest.session-query-param"), settings.flag("odoo.rest.cookie-secure"),
                settings.integer("odoo.rest.openapi.max-models"), settings.flag("odoo.rest.stream-lists"),
                settings.integer("odoo.rest.stream-above-bytes"));
    }
}
