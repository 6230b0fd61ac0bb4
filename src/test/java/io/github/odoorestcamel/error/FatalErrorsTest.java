package io.github.odoorestcamel.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FatalErrorsTest {

    @Test
    void anOutOfMemoryErrorIsFatalAlsoWhenWrapped() {
        assertTrue(FatalErrors.isFatal(new OutOfMemoryError("Java heap space")));
        assertTrue(FatalErrors.isFatal(new IllegalStateException("wrapped", new RuntimeException(new OutOfMemoryError()))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(FatalErrors.isFatal(null));
        assertFalse(FatalErrors.isFatal(new IllegalArgumentException("invalid hex byte")));
        assertFalse(FatalErrors.isFatal(new StackOverflowError()));
        assertFalse(FatalErrors.isFatal(new RuntimeException(new IllegalStateException())));
    }
}
