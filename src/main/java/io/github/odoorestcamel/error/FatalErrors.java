package io.github.odoorestcamel.error;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Ends the process on an {@link OutOfMemoryError}, wherever it is caught. After one, any thread
 * (an HTTP event loop included) may be left half-way through its work, and a server that still
 * holds its port but no longer answers is worse than one that is gone: a supervisor restarts the
 * latter. Halting skips the graceful shutdown, which would need memory and could hang.
 */
public final class FatalErrors {

    /** The exit status, the same as the JVM's own {@code -XX:+ExitOnOutOfMemoryError}. */
    public static final int EXIT_STATUS = 3;

    /**
     * The message and the stream it goes to, made before any error: writing them allocates nothing
     * on the heap (a {@code PrintStream} encodes the text first, and fails when no memory is left).
     */
    private static final byte[] MESSAGE = ("OutOfMemoryError: the gateway stops (exit status " + EXIT_STATUS + ") to be restarted"
            + System.lineSeparator()).getBytes(StandardCharsets.US_ASCII);
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private FatalErrors() {
    }

    public static boolean isFatal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Halts the process if {@code failure} is, or was caused by, an {@link OutOfMemoryError}. It
     * halts even when there is no memory left to say so: writing the message may fail in turn.
     */
    public static void haltIfFatal(Throwable failure) {
        if (isFatal(failure)) {
            try {
                STDERR.write(MESSAGE);
            } catch (Throwable unsaid) {
                // out of memory even for the message: halting is what matters
            } finally {
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
        }
    }

    /** For threads that die of an uncaught failure: halts on an out-of-memory error, else reports as the JVM does. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            haltIfFatal(failure);
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        });
    }
}
