package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.component.odoo.OdooEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * The webhook consumers' poll strategy: a line whose receiver failed is not polled before its wait
 * is over, so the event is retried with growing delays rather than at every poll.
 */
public final class WebhookPollGate extends DefaultPollingConsumerPollStrategy {

    private final DeliveryBackoff backoff;

    public WebhookPollGate(DeliveryBackoff backoff) {
        this.backoff = backoff;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return !(endpoint instanceof OdooEndpoint odoo) || backoff.ready(odoo.getConfiguration().getStateKey());
    }
}
