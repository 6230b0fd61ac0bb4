package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
    void usersFilesAreTheirLocations() {
        String pattern = "file:/etc/odoo-routes/**/*.yaml";
        assertNotEquals(BundleRoutes.identity(pattern, ResourceHelper.fromString("file:/etc/odoo-routes/a/sync.yaml", "")),
                BundleRoutes.identity(pattern, ResourceHelper.fromString("file:/etc/odoo-routes/b/sync.yaml", "")));
    }
}
