package io.github.odoorestcamel.bundles.webhooks;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before the next attempt of an event that failed {@code failures} times in a row:
 * {@code first}, doubled at each failure, at most {@code longest}; at least what the receiver asked
 * for in Retry-After, yet never more than {@code longest}, so a wrong header cannot park a receiver
 * for days.
 */
public record RetrySchedule(Duration first, Duration longest) {

    public Duration delay(int failures, Optional<Duration> asked) {
        Duration doubled = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        Duration wait = doubled.compareTo(longest) > 0 || doubled.isNegative() ? longest : doubled;
        Duration requested = asked.filter(a -> a.compareTo(wait) > 0).orElse(wait);
        return requested.compareTo(longest) > 0 ? longest : requested;
    }
}
