package io.github.odoorestcamel.server;

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
}
