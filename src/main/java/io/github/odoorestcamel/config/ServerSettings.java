package io.github.odoorestcamel.config;

import io.github.odoorestcamel.cors.CorsPolicy;
import io.github.odoorestcamel.server.ServerLimits;
import io.github.odoorestcamel.stream.ChangeStreamSettings;

/** The gateway's own HTTP server ({@code http.*}): its port, limits, CORS policy, change streams, and
 * whether reads are served straight from its handler. */
public record ServerSettings(int port, ServerLimits limits, int maxQueryStringBytes, CorsPolicy cors, ChangeStreamSettings streams,
                             boolean directReads) {

    public static ServerSettings read(SettingsReader settings) {
        ServerLimits limits = new ServerLimits(settings.integer("http.max-request-line-bytes"), settings.integer("http.max-header-bytes"),
                settings.integer("http.worker-threads"), settings.number("http.max-body-bytes"), settings.number("http.max-body-memory-bytes"),
                settings.integer("http.max-connections"), settings.seconds("http.idle-timeout"), settings.seconds("http.request-header-timeout"),
                settings.seconds("http.retry-after"));
        CorsPolicy cors = new CorsPolicy(settings.list("http.cors.allowed-origins"), settings.list("http.cors.allowed-methods"),
                settings.list("http.cors.allowed-headers"), settings.list("http.cors.exposed-headers"), settings.number("http.cors.max-age"));
        ChangeStreamSettings streams = new ChangeStreamSettings(settings.integer("http.sse.max-streams"),
                settings.seconds("http.sse.poll-interval"), settings.seconds("http.sse.lookback"), settings.seconds("http.sse.heartbeat"), settings.seconds("http.sse.deletes"),
                settings.integer("http.sse.batch-size"));
        return new ServerSettings(settings.integer("http.port"), limits, settings.integer("http.max-query-string-bytes"), cors, streams,
                settings.flag("http.direct-reads"));
    }
}
