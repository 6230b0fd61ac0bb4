package io.github.odoorestcamel.odoo.http;

import java.time.Duration;

/**
 * How the gateway talks to Odoo: where, how long it waits to connect and for an answer, how many
 * pooled connections it keeps and for how long an idle one, the largest answer it reads, and how
 * many connections it opens ahead of need and for how long one may wait unused.
 */
public record OdooHttpSettings(String url, Duration connectTimeout, Duration answerTimeout, int maxConnections,
        Duration idleTimeout, long maxResponseBytes, int readyConnections, Duration readyMaxIdle) {

    /** Connections opened ahead of need when nothing says otherwise: one, used within a second. */
    public static final int READY_CONNECTIONS = 1;
    public static final Duration READY_MAX_IDLE = Duration.ofSeconds(1);

    public OdooHttpSettings(String url, Duration connectTimeout, Duration answerTimeout, int maxConnections, Duration idleTimeout,
            long maxResponseBytes) {
        this(url, connectTimeout, answerTimeout, maxConnections, idleTimeout, maxResponseBytes, READY_CONNECTIONS, READY_MAX_IDLE);
    }

    /** The same settings for the Odoo at another address. */
    public OdooHttpSettings at(String otherUrl) {
        return new OdooHttpSettings(otherUrl, connectTimeout, answerTimeout, maxConnections, idleTimeout, maxResponseBytes,
                readyConnections, readyMaxIdle);
    }
}
