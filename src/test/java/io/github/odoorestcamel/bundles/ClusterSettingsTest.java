package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.config.SettingsFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void theLockFolderIsInsideTheStateFolderByDefault() {
        ClusterSettings cluster = ClusterSettings.read(SettingsFixture.overDefaults(Map.of("odoo.state-dir", "/var/lib/gateway")));
        assertEquals("/var/lib/gateway/cluster", cluster.lockDir());
    }

    @Test
    void aLockFolderOfItsOwnIsKept() {
        ClusterSettings cluster = ClusterSettings.read(SettingsFixture.overDefaults(Map.of("cluster.lock-dir", "/shared/locks")));
        assertEquals("/shared/locks", cluster.lockDir());
    }

    @Test
    void lockFilesElectThePollerByDefault() {
        assertEquals(ClusterKind.FILE, ClusterSettings.read(SettingsFixture.overDefaults(Map.of())).kind());
    }

    @Test
    void kubernetesIsReadWhateverItsCase() {
        assertEquals(ClusterKind.KUBERNETES, ClusterSettings.read(SettingsFixture.overDefaults(Map.of("cluster.kind", " Kubernetes"))).kind());
    }

    @Test
    void anUnknownKindNamesTheSettingAndTheKnownKinds() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClusterSettings.read(SettingsFixture.overDefaults(Map.of("cluster.kind", "zookeeper"))));
        assertTrue(e.getMessage().contains("cluster.kind (CLUSTER_KIND) is zookeeper, not one of file, kubernetes"), e.getMessage());
    }
}
