package io.github.odoorestcamel.odoo.http;

import java.time.Duration;

/**
 * How the gateway talks to Odoo: where, how long it waits to connect and for an answer, how many
 * pooled connections it keeps and for how long an idle one, and the largest answer it reads.
 */
public record OdooHttpSettings(String url, Duration connectTimeout, Duration answerTimeout, int maxConnections,
        Duration idleTimeout, long maxResponseBytes) {
}
