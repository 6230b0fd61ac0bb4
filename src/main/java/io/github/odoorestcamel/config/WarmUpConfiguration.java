package io.github.odoorestcamel.config;

import io.github.odoorestcamel.warmup.StartupWarmUp;
import io.github.odoorestcamel.warmup.WarmUpReadinessCheck;
import java.time.Duration;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * The warm-up after start ({@code warm-up.duration} seconds, 0: none): it begins once every route
 * has started, and the instance is not ready until it ends.
 */
public final class WarmUpConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Duration duration = SettingsReader.of(context).seconds("warm-up.duration");
        if (duration.isZero()) {
            return;
        }
        SettingsReader settings = SettingsReader.of(context);
        // reads on the API port only where they skip Camel's consumer, whose route meters would count them
        String apiHost = settings.flag("http.direct-reads") ? settings.text("http.host") : null;
        StartupWarmUp warmUp = new StartupWarmUp(context, duration, apiHost, settings.integer("http.port"));
        context.getRegistry().bind("startupWarmUp", warmUp);
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            healthChecks.register(new WarmUpReadinessCheck(warmUp));
        }
        context.addStartupListener(new ExtendedStartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                // the routes are not all in yet
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                warmUp.start();
            }
        });
    }
}
