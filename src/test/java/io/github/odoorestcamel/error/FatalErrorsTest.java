package io.github.odoorestcamel.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    @Test
    void theProcessHaltsAndSaysWhyEvenWhenItsErrorStreamHasNoMemoryLeft() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NoMemoryToSaySo.class.getName()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        String output = new String(child.getInputStream().readAllBytes());
        assertEquals(FatalErrors.EXIT_STATUS, child.exitValue(), output);
        assertTrue(output.contains("OutOfMemoryError: the gateway stops"), "the reason is still written, with bytes made beforehand: " + output);
    }

    /** A process whose error stream runs out of memory when written to, as a heap that is exhausted may. */
    public static final class NoMemoryToSaySo {
        public static void main(String[] args) {
            System.setErr(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    throw new OutOfMemoryError("no memory for the message");
                }
            }));
            FatalErrors.haltIfFatal(new OutOfMemoryError("Java heap space"));
            System.exit(0);
        }
    }
}
