package io.github.odoorestcamel.bundles.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.odoorestcamel.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeEventTest {

    private final ChangeEvent event = new ChangeEvent("res.partner", 14, "2026-11-27 19:42:44",
            Map.of("name", "Azure Interior"));

    @Test
    void bodyIsModelIdWriteDateAndRecordInThatOrder() throws Exception {
        assertEquals("{\"model\":\"res.partner\",\"id\":14,\"write_date\":\"2026-11-27 19:42:44\",\"record\":{\"name\":\"Azure Interior\"}}",
                Json.MAPPER.writeValueAsString(event.body()));
    }

    @Test
    void headersCarryAnEventIdThatIsTheSameForEveryCopyOfOneChange() {
        assertEquals(Map.of("OdooModel", "res.partner", "OdooId", 14L, "OdooEventId", "res.partner:14:2026-11-27 19:42:44"),
                event.headers());
        assertEquals(event.eventId(), new ChangeEvent("res.partner", 14, "2026-11-27 19:42:44", Map.of("name", "other")).eventId());
    }
}
