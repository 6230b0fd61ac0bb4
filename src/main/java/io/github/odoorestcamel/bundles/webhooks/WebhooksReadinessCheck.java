package io.github.odoorestcamel.bundles.webhooks;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * What the webhooks bundle shows on readiness: the dead letters kept (of this run and earlier ones)
 * and the lines waiting after a failure, with the cause. It stays UP: a refused event or a receiver
 * that is down is no reason to take this instance out of service, and restarting would not help.
 */
public final class WebhooksReadinessCheck extends AbstractHealthCheck {

    private final DeadLetterFile deadLetters;
    private final DeliveryBackoff backoff;

    public WebhooksReadinessCheck(DeadLetterFile deadLetters, DeliveryBackoff backoff) {
        super("odoo-rest-camel", "webhooks");
        this.deadLetters = deadLetters;
        this.backoff = backoff;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    /** The summary is the message, shown with exposureLevel=full; the same as details with data=true. */
    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        StringBuilder summary = new StringBuilder("dead letters: ").append(deadLetters.count()).append(" in ").append(deadLetters.file());
        builder.detail("dead.letters", deadLetters.count());
        builder.detail("dead.letter.file", deadLetters.file().toString());
        backoff.waiting().forEach((line, waiting) -> {
            String state = waiting.failures() + " failed attempts, last " + waiting.cause() + ", next at " + waiting.until();
            summary.append("; ").append(line).append(" waits: ").append(state);
            builder.detail("waiting." + line, state);
        });
        builder.message(summary.toString()).up();
    }
}
