package io.github.odoorestcamel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.junit.jupiter.api.Test;

/**
 * Every setting that holds a secret (a word of its last part ends in password, secret, key or token) is one
 * Camel masks wherever it prints settings, with the sensitive keywords application.properties adds.
 */
class SecretSettingsTest {

    @Test
    void everySecretSettingIsMaskedInCamelsSummary() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("config", "application.properties"))) {
            settings.load(in);
        }
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().setAdditionalSensitiveKeywords(settings.getProperty("camel.main.additional-sensitive-keywords"));
            List<String> secrets = settings.stringPropertyNames().stream().filter(SecretSettingsTest::namesASecret).sorted().toList();
            assertTrue(secrets.containsAll(List.of("odoo.password", "odoo.api-key", "mirror.jdbc-password", "broker.password")), secrets.toString());
            List<String> shown = secrets.stream().filter(key -> !CamelContextHelper.containsSensitive(context, key)).toList();
            assertEquals(List.of(), shown, "secret settings Camel would print in clear");
            assertTrue(CamelContextHelper.containsSensitive(context, "webhooks.crm.secret"), "a webhook receiver's secret");
            assertTrue(CamelContextHelper.containsSensitive(context, "webhooks.crm.headers"), "a webhook receiver's extra headers, often a token");
            assertFalse(CamelContextHelper.containsSensitive(context, "odoo.url"), "ordinary settings stay readable");
            assertFalse(CamelContextHelper.containsSensitive(context, "webhooks.crm.url"));
            assertFalse(CamelContextHelper.containsSensitive(context, "mirror.jdbc-url"));
        }
    }

    /** Whether a word of the key's last part (between dashes) is, or ends in, password, secret, key or token. */
    private static boolean namesASecret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(last.split("-")).anyMatch(word -> word.endsWith("password") || word.endsWith("secret")
                || word.endsWith("key") || word.endsWith("token"));
    }
}
