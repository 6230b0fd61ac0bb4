package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedIdempotentRepositoryTest {

    @Test
    void anIdIsAddedOnceUntilItIsRemoved() {
        BoundedIdempotentRepository ids = new BoundedIdempotentRepository(100);
        assertTrue(ids.add("order-17"));
        assertFalse(ids.add("order-17"));
        assertTrue(ids.contains("order-17"));
        assertTrue(ids.remove("order-17"));
        assertTrue(ids.add("order-17"), "a failed command's id is free again");
    }

    @Test
    void itRemembersNoMoreThanItsBound() {
        BoundedIdempotentRepository ids = new BoundedIdempotentRepository(50);
        IntStream.range(0, 5_000).forEach(i -> ids.add("id-" + i));
        long remembered = IntStream.range(0, 5_000).filter(i -> ids.contains("id-" + i)).count();
        assertTrue(remembered <= 50, remembered + " ids remembered");
        assertTrue(remembered > 0);
    }
}
