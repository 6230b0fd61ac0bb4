package io.github.odoorestcamel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BodyBudgetTest {

    @Test
    void aClaimThatDoesNotFitIsRefusedAndTakesNothing() {
        BodyBudget budget = new BodyBudget(100);
        assertTrue(budget.tryClaim(60));
        assertFalse(budget.tryClaim(41));
        assertEquals(60, budget.held());
        assertTrue(budget.tryClaim(40));
        assertEquals(100, budget.held());
    }

    @Test
    void releasedBytesCanBeClaimedAgain() {
        BodyBudget budget = new BodyBudget(100);
        assertTrue(budget.tryClaim(100));
        assertFalse(budget.tryClaim(1));
        budget.release(100);
        assertEquals(0, budget.held());
        assertTrue(budget.tryClaim(100));
    }

    @Test
    void concurrentClaimsNeverExceedTheCapacity() throws Exception {
        BodyBudget budget = new BodyBudget(10_000);
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger overdrawn = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            threads.submit(() -> {
                start.await();
                for (int i = 0; i < 20_000; i++) {
                    if (budget.tryClaim(1_000)) {
                        granted.incrementAndGet();
                        if (budget.held() > budget.capacity()) {
                            overdrawn.incrementAndGet();
                        }
                        budget.release(1_000);
                    }
                }
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(0, overdrawn.get());
        assertTrue(granted.get() > 0);
        assertEquals(0, budget.held());
    }
}
