package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.config.SettingsFixture;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubernetesLeaseSettingsTest {

    @Test
    void insideAPodTheClientFindsServerNamespaceAndPodName() {
        KubernetesLeaseSettings leases = KubernetesLeaseSettings.read(SettingsFixture.overDefaults(Map.of()));
        assertEquals(Optional.empty(), leases.masterUrl());
        assertEquals(Optional.empty(), leases.namespace());
        assertEquals(Optional.empty(), leases.podName());
        assertEquals(Map.of("app", "odoo-rest-camel"), leases.podLabels());
        assertEquals("odoo-rest-camel", leases.leasePrefix());
        assertEquals(Duration.ofSeconds(30), leases.leaseDuration());
        assertEquals(Duration.ofSeconds(20), leases.renewDeadline());
        assertEquals(Duration.ofSeconds(5), leases.retryPeriod());
    }

    @Test
    void severalLabelsAreNameValuePairs() {
        assertEquals(Map.of("app", "gateway", "tier", "sync"), KubernetesLeaseSettings.labels(" app = gateway, tier=sync ,"));
    }

    @Test
    void aLabelWithoutValueIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KubernetesLeaseSettings.labels("app"));
        assertTrue(e.getMessage().startsWith("cluster.kubernetes.pod-labels: app"), e.getMessage());
    }

    @Test
    void aLeaseNoLongerThanTheRenewDeadlineIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KubernetesLeaseSettings.read(SettingsFixture.overDefaults(
                Map.of("cluster.kubernetes.lease-duration", "20"))));
        assertTrue(e.getMessage().contains("lease-duration (20) must be longer than cluster.kubernetes.renew-deadline (20)"), e.getMessage());
    }

    @Test
    void aRenewDeadlineThatLeavesNoRoomForOneRetryIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KubernetesLeaseSettings.read(SettingsFixture.overDefaults(
                Map.of("cluster.kubernetes.renew-deadline", "6"))));
        assertTrue(e.getMessage().contains("renew-deadline (6) must be longer than 1.2 times cluster.kubernetes.retry-period (5)"), e.getMessage());
    }
}
