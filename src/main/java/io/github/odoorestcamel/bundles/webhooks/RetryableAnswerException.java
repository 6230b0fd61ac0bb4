package io.github.odoorestcamel.bundles.webhooks;

import java.time.Duration;
import java.util.Optional;

/** A receiver answered with a status that may pass (5xx, 408, 429): the event is sent again later. */
public final class RetryableAnswerException extends Exception {

    private final transient Optional<Duration> retryAfter;

    public RetryableAnswerException(int status, Optional<Duration> retryAfter) {
        super("HTTP " + status);
        this.retryAfter = retryAfter;
    }

    /** The wait the receiver asked for, if any. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
