package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.bundles.BundleRoutes;
import io.github.odoorestcamel.bundles.feed.ChangeEventProcessor;
import io.github.odoorestcamel.config.BoundSettings;
import io.github.odoorestcamel.config.StateDirectory;
import io.github.odoorestcamel.observe.GatewayMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.StateRepository;

/**
 * The beans routes/webhooks/ names, bound under those names, and one route per receiver and model
 * from the template {@code odoo-webhook}: a line of its own with its own position, so a receiver
 * that is slow or down holds back none of the others.
 */
public final class WebhooksWiring {

    /** Kept under odoo.state-dir, beside the positions. */
    static final String DEAD_LETTER_FILE = "webhooks-dead-letters.jsonl";

    private WebhooksWiring() {
    }

    public static List<BundleRoutes.ModelRoute> bind(CamelContext context, WebhooksSettings settings,
            StateRepository<String, String> positions, Consumer<HealthCheck> readiness) {
        Registry registry = context.getRegistry();
        Clock clock = Clock.systemUTC();
        DeliveryBackoff backoff = new DeliveryBackoff(settings.retry(), clock);
        DeadLetterFile deadLetters = new DeadLetterFile(BoundSettings.of(context, StateDirectory.class, StateDirectory::read)
                .file(DEAD_LETTER_FILE).toPath());
        registry.bind("changeEvents", new ChangeEventProcessor());
        registry.bind("webhooksState", positions);
        registry.bind("webhookRequest", new WebhookRequest(settings.receivers().stream()
                .collect(Collectors.toMap(WebhookReceiver::name, Function.identity())), clock));
        registry.bind("webhookAnswer", new WebhookAnswer(backoff, deadLetters, registry.findSingleByType(GatewayMetrics.class), clock));
        registry.bind("webhookFailures", new WebhookFailures(backoff));
        registry.bind("webhookPollGate", new WebhookPollGate(backoff));
        readiness.accept(new WebhooksReadinessCheck(deadLetters, backoff));
        String delayMillis = String.valueOf(settings.delay().toMillis());
        List<BundleRoutes.ModelRoute> routes = new ArrayList<>();
        for (WebhookReceiver receiver : settings.receivers()) {
            for (Map.Entry<String, String> model : receiver.queries().entrySet()) {
                routes.add(new BundleRoutes.ModelRoute("odoo-webhook", "webhooks-" + receiver.name() + "-" + model.getKey(),
                        Map.of("receiver", receiver.name(), "url", receiver.url().toString(), "model", model.getKey(),
                                "query", model.getValue(), "delayMillis", delayMillis)));
            }
        }
        return routes;
    }
}
