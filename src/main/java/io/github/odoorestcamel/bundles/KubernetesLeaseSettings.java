package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.core.CommaSeparated;
import io.github.odoorestcamel.config.SettingsReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes Leases that elect the polling pod ({@code cluster.kubernetes.*}), one Lease per
 * model named {@code <lease-prefix>-<bundle>-<model>}. Empty settings leave the choice to the
 * Kubernetes client inside a pod: the API server and namespace of its service account, the pod
 * name from {@code HOSTNAME}.
 */
public record KubernetesLeaseSettings(Optional<String> masterUrl, Optional<String> namespace, Optional<String> podName,
                                      Map<String, String> podLabels, String leasePrefix, Duration leaseDuration,
                                      Duration renewDeadline, Duration retryPeriod) {

    /** Camel spreads the retries of the pods by up to this factor, so the renewal must leave room for one spread retry. */
    static final double RETRY_JITTER = 1.2;

    public KubernetesLeaseSettings {
        if (leaseDuration.compareTo(renewDeadline) <= 0) {
            throw new IllegalStateException("cluster.kubernetes.lease-duration (" + leaseDuration.toSeconds()
                    + ") must be longer than cluster.kubernetes.renew-deadline (" + renewDeadline.toSeconds() + ")");
        }
        if (renewDeadline.toMillis() <= RETRY_JITTER * retryPeriod.toMillis()) {
            throw new IllegalStateException("cluster.kubernetes.renew-deadline (" + renewDeadline.toSeconds() + ") must be longer than "
                    + RETRY_JITTER + " times cluster.kubernetes.retry-period (" + retryPeriod.toSeconds() + ")");
        }
    }

    public static KubernetesLeaseSettings read(SettingsReader settings) {
        return new KubernetesLeaseSettings(settings.optional("cluster.kubernetes.master-url"), settings.optional("cluster.kubernetes.namespace"),
                settings.optional("cluster.kubernetes.pod-name"), labels(settings.text("cluster.kubernetes.pod-labels")),
                settings.text("cluster.kubernetes.lease-prefix"), settings.seconds("cluster.kubernetes.lease-duration"),
                settings.seconds("cluster.kubernetes.renew-deadline"), settings.seconds("cluster.kubernetes.retry-period"));
    }

    /** {@code app=odoo-rest-camel,tier=sync}: the labels the pods of this deployment carry. */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : CommaSeparated.split(text)) {
            int equals = label.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("cluster.kubernetes.pod-labels: " + label + " is not name=value");
            }
            labels.put(label.substring(0, equals).strip(), label.substring(equals + 1).strip());
        }
        return Map.copyOf(labels);
    }
}
