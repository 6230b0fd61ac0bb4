package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T19:40:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final DeliveryBackoff backoff = new DeliveryBackoff(new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(60)), clock);

    @Test
    void aLineThatNeverFailedIsReady() {
        assertTrue(backoff.ready("webhooks:crm:res.partner"));
    }

    @Test
    void aFailedLineWaitsLongerAtEachFailureInARow() {
        assertEquals(Duration.ofSeconds(1), backoff.failed("crm", "HTTP 503", Optional.empty()));
        assertFalse(backoff.ready("crm"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(backoff.ready("crm"));
        assertEquals(Duration.ofSeconds(2), backoff.failed("crm", "HTTP 503", Optional.empty()));
        clock.advance(Duration.ofMillis(1_999));
        assertFalse(backoff.ready("crm"));
    }

    @Test
    void aRetryAfterSetsTheWait() {
        assertEquals(Duration.ofSeconds(30), backoff.failed("crm", "HTTP 429", Optional.of(Duration.ofSeconds(30))));
    }

    @Test
    void anAnswerStartsTheCountAfresh() {
        backoff.failed("crm", "HTTP 503", Optional.empty());
        backoff.failed("crm", "HTTP 503", Optional.empty());
        backoff.answered("crm");
        assertTrue(backoff.ready("crm"));
        assertEquals(Duration.ofSeconds(1), backoff.failed("crm", "HTTP 503", Optional.empty()));
    }

    @Test
    void oneLineWaitingHoldsBackNoOther() {
        backoff.failed("crm", "ConnectException: refused", Optional.empty());
        assertTrue(backoff.ready("billing"));
        Map<String, DeliveryBackoff.Waiting> waiting = backoff.waiting();
        assertEquals(Map.of("crm", new DeliveryBackoff.Waiting(1, "ConnectException: refused", clock.instant().plusSeconds(1))), waiting);
    }
}
