package io.github.odoorestcamel.bundles.webhooks;

/** The exchange properties through which the steps of a webhook route hand an event on. */
final class WebhookExchange {

    /** The receiver's name, set by the route from its template. */
    static final String RECEIVER = "WebhookReceiver";
    /** The delivery line (the consumer's state key): what waits after a failure. */
    static final String LINE = "WebhookLine";
    static final String ID = "WebhookId";
    /** The event as sent, kept for the dead letters once the answer has replaced the body. */
    static final String EVENT = "WebhookEvent";

    private WebhookExchange() {
    }
}
