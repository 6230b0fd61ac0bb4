package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-27T19:40:00Z");

    @Test
    void secondsAreAWait() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
    }

    @Test
    void anHttpDateIsTheWaitUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Fri, 27 Nov 2026 19:41:30 GMT", NOW));
    }

    @Test
    void aDateAlreadyPastIsNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 27 Nov 2026 19:00:00 GMT", NOW));
    }

    @Test
    void aMissingOrUnreadableHeaderAsksForNothing() {
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    }
}
