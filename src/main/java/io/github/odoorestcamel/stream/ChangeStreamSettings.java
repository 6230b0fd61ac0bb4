package io.github.odoorestcamel.stream;

import java.time.Duration;

/**
 * The change streams ({@code http.sse.*}): how many may be open, how often Odoo is polled and the
 * deleted records looked for ({@code deletes} zero: never), how often a comment keeps an idle
 * stream open, and how many changes one Odoo call reads.
 */
public record ChangeStreamSettings(int maxStreams, Duration pollInterval, Duration heartbeat, Duration deletes, int batchSize) {

    public ChangeStreamSettings {
        if (pollInterval.isZero() || pollInterval.isNegative() || heartbeat.isZero() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("http.sse.poll-interval and http.sse.heartbeat must be at least one second");
        }
    }
}
