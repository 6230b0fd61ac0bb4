package io.github.odoorestcamel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceAccountConnectionTest {

    @Test
    void theComponentsOwnOptionWinsOverTheGatewaySetting() {
        ServiceAccountConnection account = ServiceAccountConnection.read(SettingsFixture.only(Map.of(
                "camel.component.odoo.url", "http://odoo-b:8069", "odoo.url", "http://odoo-a:8069",
                "camel.component.odoo.database", "sync", "odoo.db", "odoo",
                "camel.component.odoo.login", "robot", "odoo.login", "admin")));
        assertEquals("http://odoo-b:8069", account.url());
        assertEquals("sync", account.database());
        assertEquals("robot", account.login());
    }

    @Test
    void aBlankOrMissingComponentOptionFallsBackToTheGatewaySetting() {
        ServiceAccountConnection account = ServiceAccountConnection.read(SettingsFixture.only(Map.of(
                "camel.component.odoo.login", " ", "odoo.login", "admin", "odoo.api-key", "key", "odoo.db", "odoo")));
        assertEquals("admin", account.login());
        assertEquals("key", account.apiKey());
        assertEquals("odoo", account.database());
    }

    @Test
    void aPartSetNowhereIsUnset() {
        ServiceAccountConnection account = ServiceAccountConnection.read(SettingsFixture.overDefaults(Map.of()));
        assertNull(account.login());
        assertNull(account.apiKey());
        assertNull(account.password());
        assertEquals("http://localhost:8069", account.url());
    }

    @Test
    void secretsStayOutOfItsText() {
        ServiceAccountConnection account = ServiceAccountConnection.read(SettingsFixture.only(Map.of(
                "odoo.login", "admin", "camel.component.odoo.api-key", "key-9f3a", "odoo.password", "pw-41c7")));
        assertFalse(account.toString().contains("key-9f3a"), account.toString());
        assertFalse(account.toString().contains("pw-41c7"), account.toString());
    }
}
