package io.github.odoorestcamel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.auth.Databases;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Connections opened ahead of need: the settings a start refuses, and what reaches the HTTP client. */
class OdooConnectionSettingsTest {

    private static OdooConnectionSettings with(int ready, Duration maxIdle) {
        return new OdooConnectionSettings("http://odoo:8069", new Databases("odoo", Set.of("odoo")), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 200, Duration.ofSeconds(30), 8_388_608, ready, maxIdle);
    }

    @Test
    void aNegativeNumberOfReadyConnectionsIsRefused() {
        assertEquals("odoo.http.ready-connections must be 0 or more, not -1",
                assertThrows(IllegalArgumentException.class, () -> with(-1, Duration.ofSeconds(1))).getMessage());
    }

    @Test
    void readyConnectionsNeedAnIdleLimitButNoneAreFineWithout() {
        assertThrows(IllegalArgumentException.class, () -> with(1, Duration.ZERO));
        assertEquals(0, with(0, Duration.ZERO).http("http://odoo:8069").readyConnections());
    }

    @Test
    void theClientGetsBothSettings() {
        var http = with(3, Duration.ofMillis(700)).http("http://other:8069");
        assertEquals(3, http.readyConnections());
        assertEquals(Duration.ofMillis(700), http.readyMaxIdle());
        assertEquals("http://other:8069", http.url());
    }
}
