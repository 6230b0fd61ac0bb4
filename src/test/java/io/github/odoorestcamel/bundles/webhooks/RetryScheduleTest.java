package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void theWaitDoublesAtEachFailureInARowUpToTheLongest() {
        assertEquals(Duration.ofSeconds(1), schedule.delay(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), schedule.delay(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(32), schedule.delay(6, Optional.empty()));
        assertEquals(Duration.ofSeconds(60), schedule.delay(7, Optional.empty()));
        assertEquals(Duration.ofSeconds(60), schedule.delay(1_000, Optional.empty()));
    }

    @Test
    void aLongerRetryAfterIsHonouredAShorterOneIsNot() {
        assertEquals(Duration.ofSeconds(30), schedule.delay(1, Optional.of(Duration.ofSeconds(30))));
        assertEquals(Duration.ofSeconds(8), schedule.delay(4, Optional.of(Duration.ofSeconds(2))));
    }

    @Test
    void aRetryAfterBeyondTheLongestWaitIsCutToIt() {
        assertEquals(Duration.ofSeconds(60), schedule.delay(1, Optional.of(Duration.ofDays(2))));
    }
}
