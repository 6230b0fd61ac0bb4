package io.github.odoorestcamel.stream;

import java.time.Duration;

/**
 * The change streams ({@code http.sse.*}): how many may be open, how often Odoo is polled, how far
 * behind its position a poll reads again for late commits ({@code lookback} zero: never), how often
 * the deleted records are looked for ({@code deletes} zero: never), how often a comment keeps an
 * idle stream open, and how many changes one Odoo call reads.
 */
public record ChangeStreamSettings(int maxStreams, Duration pollInterval, Duration lookback, Duration heartbeat, Duration deletes,
                                   int batchSize) {

    public ChangeStreamSettings {
        if (pollInterval.isZero() || pollInterval.isNegative() || heartbeat.isZero() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("http.sse.poll-interval and http.sse.heartbeat must be at least one second");
        }
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("http.sse.lookback must be zero or more seconds");
        }
    }

    public SharedPoller.Timing timing() {
        return new SharedPoller.Timing(pollInterval, lookback, deletes);
    }
}
