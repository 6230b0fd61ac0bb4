package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.config.SettingsFixture;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksSettingsTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void eachReceiverIsReadFromItsOwnSettings() {
        WebhooksSettings settings = read(Map.of("webhooks.receivers", "crm, billing",
                "webhooks.crm.url", "https://crm.example.com/hooks/odoo", "webhooks.crm.models", "res.partner,sale.order",
                "webhooks.crm.query", "{id,name}", "webhooks.crm.query.sale.order", "{id,amount_total}",
                "webhooks.crm.secret", SECRET, "webhooks.crm.headers", "X-Tenant: 7, Authorization: Bearer abc",
                "webhooks.billing.url", "http://billing:8000/in", "webhooks.billing.models", "account.move",
                "webhooks.billing.secret", SECRET));
        assertEquals(List.of("crm", "billing"), settings.receivers().stream().map(WebhookReceiver::name).toList());
        WebhookReceiver crm = settings.receivers().get(0);
        assertEquals(URI.create("https://crm.example.com/hooks/odoo"), crm.url());
        assertEquals(Map.of("res.partner", "{id,name}", "sale.order", "{id,amount_total}"), crm.queries());
        assertEquals(Map.of("X-Tenant", "7", "Authorization", "Bearer abc"), crm.headers());
        assertEquals(Map.of("account.move", "{*}"), settings.receivers().get(1).queries(), "every field without a query");
        assertEquals(Map.of(), settings.receivers().get(1).headers());
        assertEquals(Duration.ofSeconds(10), settings.delay());
        assertEquals(new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(600)), settings.retry());
    }

    @Test
    void aReceiverShowsNeitherItsSecretNorItsHeaderValues() {
        WebhookReceiver crm = read(receiver(Map.of("webhooks.crm.headers", "Authorization: Bearer abc"))).receivers().get(0);
        assertFalse(crm.toString().contains("MfKQ9r8"), crm.toString());
        assertFalse(crm.toString().contains("Bearer abc"), crm.toString());
        assertTrue(crm.toString().contains("Authorization"), crm.toString());
    }

    @Test
    void aMissingSettingIsNamedWithItsEnvironmentVariable() {
        Map<String, String> settings = receiver(Map.of());
        settings.remove("webhooks.crm.url");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> read(settings));
        assertEquals("The webhooks bundle is on but webhooks.crm.url (WEBHOOKS_CRM_URL) is not set", refused.getMessage());
    }

    @Test
    void noReceiverIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> read(Map.of()));
        assertEquals("The bundle webhooks is on but webhooks.receivers (WEBHOOKS_RECEIVERS) names no receiver", refused.getMessage());
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(receiver(Map.of("webhooks.crm.url", "file:/etc/passwd"))));
        assertTrue(refused.getMessage().contains("webhooks.crm.url"), refused.getMessage());
    }

    @Test
    void theSignatureHeadersCannotBeReplaced() {
        assertThrows(IllegalArgumentException.class, () -> read(receiver(Map.of("webhooks.crm.headers", "webhook-id: mine"))));
        assertThrows(IllegalArgumentException.class, () -> read(receiver(Map.of("webhooks.crm.headers", "Content-Type: text/plain"))));
        assertThrows(IllegalArgumentException.class, () -> read(receiver(Map.of("webhooks.crm.headers", "no colon"))));
    }

    @Test
    void aReceiverNameMustFitAnEnvironmentVariable() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("webhooks.receivers", "crm.eu")));
    }

    private static Map<String, String> receiver(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("webhooks.receivers", "crm", "webhooks.crm.url", "https://crm.example.com/in",
                "webhooks.crm.models", "res.partner", "webhooks.crm.secret", SECRET));
        settings.putAll(overrides);
        return settings;
    }

    private static WebhooksSettings read(Map<String, String> settings) {
        return WebhooksSettings.read(SettingsFixture.overDefaults(settings));
    }
}
