package io.github.odoorestcamel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void plainValuesAreWhatConvertValueGives() throws Exception {
        JsonNode tree = Json.MAPPER.readTree("{\"id\":7,\"big\":12345678901,\"price\":1.5,\"name\":\"Azure\",\"active\":false,"
                + "\"parent_id\":false,\"comment\":null,\"category_id\":[1,2],\"country_id\":{\"id\":21,\"name\":\"Belgium\"}}");
        Object plain = Json.plain(tree);
        assertEquals(Json.MAPPER.convertValue(tree, Object.class), plain);
        assertEquals("{id=7, big=12345678901, price=1.5, name=Azure, active=false, parent_id=false, comment=null, category_id=[1, 2], "
                + "country_id={id=21, name=Belgium}}", plain.toString(), "in order");
    }
}
