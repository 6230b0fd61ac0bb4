package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.BoundSettings;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;

/** The cluster service of {@code cluster.kind}, through which the {@code master:} routes elect the one instance that polls a model. */
final class ClusterServices {

    private ClusterServices() {
    }

    static CamelClusterService of(CamelContext context, ClusterSettings settings) {
        return switch (settings.kind()) {
            case FILE -> fileLocks(settings);
            case KUBERNETES -> kubernetesLeases(BoundSettings.of(context, KubernetesLeaseSettings.class, KubernetesLeaseSettings::read));
        };
    }

    /** The others wait on a lock file and take over when it is released. */
    private static FileLockClusterService fileLocks(ClusterSettings settings) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(settings.lockDir());
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(settings.lockInterval(), TimeUnit.SECONDS);
        return cluster;
    }

    /**
     * The leader renews its Lease; the others take it over once it has expired, or at once when the
     * leader gives it up on a graceful stop. Only running, ready pods carrying the labels compete.
     */
    private static KubernetesClusterService kubernetesLeases(KubernetesLeaseSettings settings) {
        // Camel 4.18 applies the master URL and namespace only to a configuration it was given
        KubernetesClusterService cluster = new KubernetesClusterService(new KubernetesConfiguration());
        settings.masterUrl().ifPresent(cluster::setMasterUrl);
        // the client's namespace and the Leases' are two settings of Camel's; the second defaults to the first only inside a pod
        settings.namespace().ifPresent(namespace -> {
            cluster.setKubernetesNamespace(namespace);
            cluster.setKubernetesResourcesNamespace(namespace);
        });
        settings.podName().ifPresent(cluster::setPodName);
        cluster.setClusterLabels(settings.podLabels());
        cluster.setKubernetesResourceName(settings.leasePrefix());
        cluster.setLeaseDurationMillis(settings.leaseDuration().toMillis());
        cluster.setRenewDeadlineMillis(settings.renewDeadline().toMillis());
        cluster.setRetryPeriodMillis(settings.retryPeriod().toMillis());
        cluster.setJitterFactor(KubernetesLeaseSettings.RETRY_JITTER);
        return cluster;
    }
}
