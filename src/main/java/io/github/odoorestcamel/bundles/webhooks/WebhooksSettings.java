package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.config.SettingsReader;
import java.time.Duration;
import java.util.List;

/**
 * The receivers of {@code webhooks.receivers}, each read from its own settings; how often each
 * receiver's models are polled ({@code webhooks.delay}); how long a failed event waits
 * ({@code webhooks.retry.*}). The routes read the timeouts and {@code webhooks.since} themselves.
 */
public record WebhooksSettings(List<WebhookReceiver> receivers, Duration delay, RetrySchedule retry) {

    public static WebhooksSettings read(SettingsReader settings) {
        List<WebhookReceiver> receivers = settings.list("webhooks.receivers").stream()
                .map(name -> WebhookReceiver.read(settings, name)).toList();
        if (receivers.isEmpty()) {
            throw new IllegalStateException("The bundle webhooks is on but " + WebhookReceiver.named("webhooks.receivers")
                    + " names no receiver");
        }
        return new WebhooksSettings(receivers, settings.seconds("webhooks.delay"),
                new RetrySchedule(settings.millis("webhooks.retry.first-delay-ms"), settings.seconds("webhooks.retry.max-delay")));
    }
}
