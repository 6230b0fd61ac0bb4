package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.SettingsReader;
import java.util.Set;

/** Which route files run: the bundles switched on by {@code bundles}, and the user's own of {@code routes.extra}. */
public record BundleSettings(BundleSelection selection, Set<String> extraRoutes) {

    public static BundleSettings read(SettingsReader settings) {
        return new BundleSettings(BundleSelection.parse(settings.text("bundles")), settings.list("routes.extra"));
    }
}
