package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.odoo.Caller;

/**
 * The {@code webhook-id} of an event: a hash of the change (model, id, write_date) and of the body,
 * so every attempt of one event, before or after a restart, carries the same id and a receiver can
 * drop a repeat by it; two changes of a record within one second differ by their body.
 */
public final class WebhookId {

    private WebhookId() {
    }

    public static String of(String eventId, String body) {
        return "msg_" + Caller.sha256(eventId + "\n" + body).substring(0, 32);
    }
}
