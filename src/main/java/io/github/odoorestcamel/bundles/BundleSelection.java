package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.core.CommaSeparated;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The bundles named by the setting {@code bundles} (comma-separated), checked before anything starts. */
public record BundleSelection(Set<Bundle> bundles) {

    public BundleSelection {
        bundles = Set.copyOf(bundles);
    }

    public static BundleSelection parse(String setting) {
        Set<Bundle> chosen = EnumSet.noneOf(Bundle.class);
        for (String name : CommaSeparated.split(setting)) {
            String wanted = name.toLowerCase(Locale.ROOT);
            chosen.add(Arrays.stream(Bundle.values()).filter(b -> b.settingName().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown bundle '" + name
                            + "' in the setting bundles (BUNDLES); known bundles: " + known())));
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("The setting bundles (BUNDLES) names no bundle; known bundles: " + known());
        }
        return new BundleSelection(chosen);
    }

    public boolean has(Bundle bundle) {
        return bundles.contains(bundle);
    }

    public boolean usesBroker() {
        return bundles.stream().anyMatch(Bundle::usesBroker);
    }

    public boolean needsServiceAccount() {
        return bundles.stream().anyMatch(Bundle::actsAsServiceAccount);
    }

    /**
     * The route files to load: those of the chosen bundles only, so a bundle that is off opens no
     * connection, and of their files for one kind of broker only those of the chosen broker.
     */
    public List<String> routePatterns(BrokerKind broker) {
        return bundles.stream().sorted().flatMap(bundle -> bundle.usesBroker()
                ? Stream.of(bundle.routesPattern(), bundle.routesPattern(broker)) : Stream.of(bundle.routesPattern())).toList();
    }

    private static String known() {
        return Arrays.stream(Bundle.values()).map(Bundle::settingName).collect(Collectors.joining(", "));
    }
}
