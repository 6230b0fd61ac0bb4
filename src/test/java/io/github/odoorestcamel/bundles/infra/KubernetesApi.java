package io.github.odoorestcamel.bundles.infra;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * fabric8's mock Kubernetes API server in CRUD mode, over plain HTTP on the loopback: it keeps the
 * objects it is sent (Pods, Leases) and answers reads, updates and conflicts on resourceVersion as
 * an API server would, without its admission, RBAC or clock. The pods are made here, since no
 * kubelet runs them.
 */
public final class KubernetesApi implements AutoCloseable {

    public static final String NAMESPACE = "gateway";

    private final KubernetesMockServer server;
    private final NamespacedKubernetesClient client;

    private KubernetesApi() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    public static KubernetesApi start() {
        return new KubernetesApi();
    }

    public String url() {
        return client.getMasterUrl().toString();
    }

    /** The settings that make an instance the pod {@code podName} of this server, electing its pollers with short leases. */
    public Map<String, String> clusterSettings(String podName) {
        return Map.of("cluster.kind", "kubernetes", "cluster.kubernetes.master-url", url(), "cluster.kubernetes.namespace", NAMESPACE,
                "cluster.kubernetes.pod-name", podName, "cluster.kubernetes.lease-duration", "4", "cluster.kubernetes.renew-deadline", "3",
                "cluster.kubernetes.retry-period", "1");
    }

    /** A running, ready pod of the deployment (label app=odoo-rest-camel), as the kubelet reports it. */
    public void runPod(String name) {
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).addToLabels("app", "odoo-rest-camel").endMetadata()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus()
                .build();
        client.pods().inNamespace(NAMESPACE).resource(pod).create();
    }

    public void deletePod(String name) {
        client.pods().inNamespace(NAMESPACE).withName(name).delete();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
