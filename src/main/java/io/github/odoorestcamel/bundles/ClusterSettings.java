package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.SettingsReader;

/**
 * How instances running mirror or feed share the work: lock files in {@code cluster.lock-dir},
 * which a waiting instance tries to take every {@code cluster.lock-interval} seconds.
 */
public record ClusterSettings(String lockDir, int lockInterval) {

    public static ClusterSettings read(SettingsReader settings) {
        return new ClusterSettings(settings.text("cluster.lock-dir"), settings.integer("cluster.lock-interval"));
    }
}
