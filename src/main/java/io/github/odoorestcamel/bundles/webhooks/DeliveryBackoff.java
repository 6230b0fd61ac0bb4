package io.github.odoorestcamel.bundles.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The failures in a row of each delivery line (a receiver and a model) and when it may try again.
 * A line that failed is not polled before its time comes, so a receiver that is down costs neither
 * calls to Odoo nor log lines while it waits; the other lines are not concerned.
 */
public final class DeliveryBackoff {

    /** A line that is waiting: how many attempts failed in a row, why the last did, and until when it waits. */
    public record Waiting(int failures, String cause, Instant until) {
    }

    private final RetrySchedule schedule;
    private final Clock clock;
    private final Map<String, Waiting> lines = new ConcurrentHashMap<>();

    public DeliveryBackoff(RetrySchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Whether the line may send now. */
    public boolean ready(String line) {
        Waiting waiting = lines.get(line);
        return waiting == null || !clock.instant().isBefore(waiting.until());
    }

    /** Records a failed attempt; the wait before the next one. */
    public Duration failed(String line, String cause, Optional<Duration> asked) {
        Waiting next = lines.compute(line, (key, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            return new Waiting(failures, cause, clock.instant().plus(schedule.delay(failures, asked)));
        });
        return Duration.between(clock.instant(), next.until());
    }

    /** The line's receiver has answered for good (delivered or rejected): the next event goes at once. */
    public void answered(String line) {
        lines.remove(line);
    }

    /** The lines that are waiting, by name. */
    public Map<String, Waiting> waiting() {
        return new TreeMap<>(lines);
    }
}
