package io.github.odoorestcamel.odoo.http;

import ch.qos.logback.classic.Level;
import java.util.List;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP clients that reach Odoo: pooled keep-alive connections, no cookie store, no
 * redirects followed, no automatic retries (the caller decides what may be sent twice).
 */
final class OdooConnectionPool {

    static {
        // The client's header and wire loggers print the session cookie, API keys and passwords of
        // every call: they are turned off here, after the logging configuration was read, so no
        // root level and no logger named in a configuration file can turn them on. Logback is the
        // gateway's backend; an application that embeds the component may run without it.
        if (isPresent("ch.qos.logback.classic.Logger")) {
            LogbackLevels.off(List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"));
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, OdooConnectionPool.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when Logback is there. */
    private static final class LogbackLevels {

        static void off(List<String> names) {
            for (String name : names) {
                if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                    logger.setLevel(Level.OFF);
                }
            }
        }
    }

    /** Checking a pooled connection costs a 1 ms read; below this much idleness reads skip it (they are retried). */
    private static final TimeValue READ_VALIDATION_AFTER = TimeValue.ofSeconds(1);

    private OdooConnectionPool() {
    }

    /**
     * A client whose pooled connections are checked before reuse once idle for a second, or before
     * every reuse when {@code checkEveryReuse} (for calls that are never repeated, so a connection
     * Odoo already closed is never the one they are written to); new connections come from
     * {@code connector}.
     */
    static CloseableHttpClient client(OdooHttpSettings settings, boolean checkEveryReuse, HttpClientConnectionOperator connector) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.answerTimeout()))
                .setValidateAfterInactivity(checkEveryReuse ? TimeValue.ZERO_MILLISECONDS : READ_VALIDATION_AFTER)
                .build();
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(connector, PoolConcurrencyPolicy.STRICT,
                PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, null);
        pool.setMaxTotal(settings.maxConnections());
        pool.setDefaultMaxPerRoute(settings.maxConnections());
        pool.setDefaultConnectionConfig(connections);
        pool.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build());
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.answerTimeout()))
                        .setResponseTimeout(Timeout.of(settings.answerTimeout()))
                        .build())
                .evictIdleConnections(TimeValue.of(settings.idleTimeout()))
                .evictExpiredConnections()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .disableConnectionState()
                .setUserAgent("odoo-rest-camel")
                .build();
    }
}
