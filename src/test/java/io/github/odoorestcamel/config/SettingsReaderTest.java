package io.github.odoorestcamel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    @Test
    void aMissingKeyIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SettingsFixture.only(Map.of()).text("odoo.url"));
        assertEquals("Missing setting odoo.url in application.properties", refused.getMessage());
    }

    @Test
    void valuesAreStrippedAndReadAsTheirType() {
        SettingsReader settings = SettingsFixture.only(Map.of("port", " 8080 ", "size", "8388608", "secure", "true ", "ttl", "600",
                "timeout-ms", "30000", "name", "  odoo "));
        assertEquals("odoo", settings.text("name"));
        assertEquals(8080, settings.integer("port"));
        assertEquals(8_388_608L, settings.number("size"));
        assertTrue(settings.flag("secure"));
        assertEquals(Duration.ofMinutes(10), settings.seconds("ttl"));
        assertEquals(Duration.ofSeconds(30), settings.millis("timeout-ms"));
    }

    @Test
    void aListKeepsItsOrderAndEachEntryOnce() {
        SettingsReader settings = SettingsFixture.only(Map.of("models", " res.partner, ,res.users,res.partner,", "none", ""));
        assertEquals(List.of("res.partner", "res.users"), List.copyOf(settings.list("models")));
        assertTrue(settings.list("none").isEmpty());
    }

    @Test
    void anOptionalKeyThatIsMissingOrBlankIsUnset() {
        SettingsReader settings = SettingsFixture.only(Map.of("blank", "  ", "set", " {id,name} "));
        assertEquals(Optional.empty(), settings.optional("missing"));
        assertEquals(Optional.empty(), settings.optional("blank"));
        assertEquals(Optional.of("{id,name}"), settings.optional("set"));
    }

    @Test
    void aNumberThatIsNotOneIsRefused() {
        assertThrows(NumberFormatException.class, () -> SettingsFixture.only(Map.of("port", "eighty")).integer("port"));
    }
}
