package io.github.odoorestcamel.bundles;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which coordination service elects the one instance that polls a model ({@code cluster.kind}). */
public enum ClusterKind {
    /** Lock files in a folder: instances of one host, or of hosts sharing a file system. */
    FILE,
    /** Kubernetes Leases ({@code coordination.k8s.io}): pods of one namespace, on any node. */
    KUBERNETES;

    public static ClusterKind parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cluster.kind (CLUSTER_KIND) is " + value + ", not one of "
                    + Arrays.stream(values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")), e);
        }
    }
}
