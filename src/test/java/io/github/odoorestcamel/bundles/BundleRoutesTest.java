package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

class BundleRoutesTest {

    private static final String REST = "classpath:routes/rest/*.yaml";

    @Test
    void aBuiltInFileFoundUnderTwoClassPathRootsIsOneFile() {
        assertEquals(BundleRoutes.identity(REST, ResourceHelper.fromString("file:/app/target/classes/routes/rest/auth.yaml", "")),
                BundleRoutes.identity(REST, ResourceHelper.fromString("file:/app/routes/rest/auth.yaml", "")));
        assertNotEquals(BundleRoutes.identity(REST, ResourceHelper.fromString("file:/app/routes/rest/auth.yaml", "")),
                BundleRoutes.identity(REST, ResourceHelper.fromString("file:/app/routes/rest/docs.yaml", "")));
    }

    @Test
    void aBundlesPatternLeavesOutTheFilesOfEachBrokerKindInItsSubfolders() {
        String feed = "classpath:routes/feed/*.yaml";
        String kafka = "classpath:routes/feed/kafka/*.yaml";
        String kafkaFile = BundleRoutes.identity(feed, ResourceHelper.fromString("file:/app/target/classes/routes/feed/kafka/publish.yaml", ""));
        assertTrue(BundleRoutes.inSubfolder(feed, kafkaFile));
        assertFalse(BundleRoutes.inSubfolder(kafka, BundleRoutes.identity(kafka,
                ResourceHelper.fromString("file:/app/target/classes/routes/feed/kafka/publish.yaml", ""))));
        assertFalse(BundleRoutes.inSubfolder(feed, BundleRoutes.identity(feed, ResourceHelper.fromString("file:/app/routes/feed/feed.yaml", ""))));
    }

    @Test
    void usersFilesAreTheirLocations() {
        String pattern = "file:/etc/odoo-routes/**/*.yaml";
        assertNotEquals(BundleRoutes.identity(pattern, ResourceHelper.fromString("file:/etc/odoo-routes/a/sync.yaml", "")),
                BundleRoutes.identity(pattern, ResourceHelper.fromString("file:/etc/odoo-routes/b/sync.yaml", "")));
    }
}
