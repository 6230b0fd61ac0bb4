package io.github.odoorestcamel.server;

import io.github.odoorestcamel.GatewaySettings;
import java.time.Duration;

/**
 * The limits of the embedded HTTP server, from the {@code http.*} settings.
 *
 * @param maxRequestLineBytes longest request line read (beyond: 414)
 * @param maxHeaderBytes largest header block read (beyond: 431)
 * @param workerThreads threads that run requests
 * @param maxBodyBytes largest request body (beyond: 413)
 * @param bodyMemoryBytes request-body bytes held at once by all requests together (beyond: 503)
 * @param maxConnections open connections at once (beyond: closed when accepted)
 * @param idleTimeout a connection on which nothing moves for this long is closed
 * @param requestHeaderTimeout time to send a complete request head after connecting or after the previous answer
 * @param retryAfter what a 503 tells the client to wait
 */
public record ServerLimits(int maxRequestLineBytes, int maxHeaderBytes, int workerThreads, long maxBodyBytes,
        long bodyMemoryBytes, int maxConnections, Duration idleTimeout, Duration requestHeaderTimeout, Duration retryAfter) {

    public ServerLimits {
        if (bodyMemoryBytes < maxBodyBytes) {
            throw new IllegalArgumentException("http.max-body-memory-bytes (" + bodyMemoryBytes
                    + ") must be at least http.max-body-bytes (" + maxBodyBytes + "), else the largest body is never let in");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("http.max-connections must be positive, not " + maxConnections);
        }
    }

    public static ServerLimits from(GatewaySettings settings) {
        ServerLimits limits = new ServerLimits(settings.integer("http.max-request-line-bytes"), settings.integer("http.max-header-bytes"),
                settings.integer("http.worker-threads"), settings.number("http.max-body-bytes"),
                settings.number("http.max-body-memory-bytes"), settings.integer("http.max-connections"),
                settings.seconds("http.idle-timeout"), settings.seconds("http.request-header-timeout"),
                settings.seconds("http.retry-after"));
        long upstreamTimeoutMs = settings.number("odoo.http.timeout-ms");
        if (limits.idleTimeout.toMillis() <= upstreamTimeoutMs) {
            throw new IllegalArgumentException("http.idle-timeout (" + limits.idleTimeout.toSeconds()
                    + " s) must be longer than odoo.http.timeout-ms (" + upstreamTimeoutMs
                    + " ms), else a client waiting for a slow Odoo is disconnected before its 504");
        }
        return limits;
    }
}
