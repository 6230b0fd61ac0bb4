package io.github.odoorestcamel.config;

/**
 * The Odoo and the user that routes without a REST caller act as: the {@code odoo:} component and
 * the bundles. Each part is the component's own option {@code camel.component.odoo.<part>} when
 * set and not blank, else the gateway's setting ({@code odoo.url}, {@code odoo.db},
 * {@code odoo.login}, {@code odoo.api-key}, {@code odoo.password}); null when neither is set.
 */
public record ServiceAccountConnection(String url, String database, String login, String apiKey, String password) {

    public static ServiceAccountConnection read(SettingsReader settings) {
        return new ServiceAccountConnection(part(settings, "url", "odoo.url"), part(settings, "database", "odoo.db"),
                part(settings, "login", "odoo.login"), part(settings, "api-key", "odoo.api-key"),
                part(settings, "password", "odoo.password"));
    }

    private static String part(SettingsReader settings, String componentOption, String gatewayKey) {
        return settings.optional("camel.component.odoo." + componentOption).or(() -> settings.optional(gatewayKey)).orElse(null);
    }

    @Override
    public String toString() {
        return "ServiceAccountConnection[url=" + url + ", database=" + database + ", login=" + login
                + ", apiKey=" + Secret.shown(apiKey) + ", password=" + Secret.shown(password) + "]";
    }
}
