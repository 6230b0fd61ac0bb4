package io.github.odoorestcamel.bundles.webhooks;

import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook consumers' exception handler: an event that could not be delivered (no connection,
 * a timeout, a status that may pass) makes its line wait, longer at each failure in a row, and is
 * logged once per attempt, without the event's content.
 */
public final class WebhookFailures implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookFailures.class);

    private final DeliveryBackoff backoff;

    public WebhookFailures(DeliveryBackoff backoff) {
        this.backoff = backoff;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        String line = exchange == null ? null : exchange.getProperty(WebhookExchange.LINE, String.class);
        if (line == null) {
            LOG.warn(message, exception);
            return;
        }
        Optional<Duration> asked = exception instanceof RetryableAnswerException answer ? answer.retryAfter() : Optional.empty();
        String cause = exception instanceof RetryableAnswerException ? exception.getMessage()
                : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        Duration wait = backoff.failed(line, cause, asked);
        LOG.warn("Receiver {} did not take webhook {} ({}): it is sent again in {} ms, nothing after it before",
                exchange.getProperty(WebhookExchange.RECEIVER), exchange.getProperty(WebhookExchange.ID), cause, wait.toMillis());
    }
}
