package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
