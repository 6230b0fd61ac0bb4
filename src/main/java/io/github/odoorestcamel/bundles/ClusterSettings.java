package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.SettingsReader;

/**
 * How instances running mirror or feed share the work: with {@code cluster.kind = file}, lock files
 * in {@code cluster.lock-dir}, which a waiting instance tries to take every
 * {@code cluster.lock-interval} seconds; with {@code kubernetes}, the leases of
 * {@link KubernetesLeaseSettings}.
 */
public record ClusterSettings(ClusterKind kind, String lockDir, int lockInterval) {

    public static ClusterSettings read(SettingsReader settings) {
        return new ClusterSettings(ClusterKind.parse(settings.text("cluster.kind")), settings.text("cluster.lock-dir"),
                settings.integer("cluster.lock-interval"));
    }
}
