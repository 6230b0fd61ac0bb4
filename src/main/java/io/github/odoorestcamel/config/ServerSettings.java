package io.github.odoorestcamel.config;

import io.github.odoorestcamel.cors.CorsPolicy;
import io.github.odoorestcamel.server.ServerLimits;

/** The gateway's own HTTP server ({@code http.*}): its port, limits and CORS policy. */
public record ServerSettings(int port, ServerLimits limits, int maxQueryStringBytes, CorsPolicy cors) {

    public static ServerSettings read(SettingsReader settings) {
        ServerLimits limits = new ServerLimits(settings.integer("http.max-request-line-bytes"), settings.integer("http.max-header-bytes"),
                settings.integer("http.worker-threads"), settings.number("http.max-body-bytes"), settings.number("http.max-body-memory-bytes"),
                settings.integer("http.max-connections"), settings.seconds("http.idle-timeout"), settings.seconds("http.request-header-timeout"),
                settings.seconds("http.retry-after"));
        CorsPolicy cors = new CorsPolicy(settings.list("http.cors.allowed-origins"), settings.list("http.cors.allowed-methods"),
                settings.list("http.cors.allowed-headers"), settings.list("http.cors.exposed-headers"), settings.number("http.cors.max-age"));
        return new ServerSettings(settings.integer("http.port"), limits, settings.integer("http.max-query-string-bytes"), cors);
    }
}
