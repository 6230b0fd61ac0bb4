package io.github.odoorestcamel.bundles.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.odoorestcamel.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeEventTest {

    private final ChangeEvent event = new ChangeEvent("res.partner", 14, "updated", "2026-11-27 19:42:44",
            Map.of("name", "Azure Interior"));

    @Test
    void bodyIsModelIdChangeWriteDateAndRecordInThatOrder() throws Exception {
        assertEquals("{\"model\":\"res.partner\",\"id\":14,\"change\":\"updated\",\"write_date\":\"2026-11-27 19:42:44\","
                + "\"record\":{\"name\":\"Azure Interior\"}}", Json.MAPPER.writeValueAsString(event.body()));
    }

    @Test
    void headersCarryAnEventIdThatIsTheSameForEveryCopyOfOneChange() {
        assertEquals(Map.of("OdooModel", "res.partner", "OdooId", 14L, "OdooChange", "updated",
                "OdooEventId", "res.partner:14:2026-11-27 19:42:44"), event.headers());
        assertEquals(event.eventId(), new ChangeEvent("res.partner", 14, "updated", "2026-11-27 19:42:44", Map.of("name", "other"))
                .eventId());
    }

    @Test
    void aDeletionHasOneEventIdWhenEverItIsNoticed() {
        ChangeEvent deleted = new ChangeEvent("res.partner", 14, "deleted", "2026-11-27 19:50:00", Map.of("id", 14));
        assertEquals("res.partner:14:deleted", deleted.eventId());
        assertEquals(deleted.eventId(), new ChangeEvent("res.partner", 14, "deleted", "2026-11-27 20:10:00", Map.of("id", 14))
                .eventId());
        assertNotEquals(event.eventId(), deleted.eventId());
    }
}
