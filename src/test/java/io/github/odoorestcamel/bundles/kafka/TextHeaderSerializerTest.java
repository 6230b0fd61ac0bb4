package io.github.odoorestcamel.bundles.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextHeaderSerializerTest {

    private final TextHeaderSerializer serializer = new TextHeaderSerializer();

    @Test
    void numbersAndTextAreWrittenAsUtf8Text() {
        assertArrayEquals("42".getBytes(StandardCharsets.UTF_8), serializer.serialize("OdooId", 42L));
        assertArrayEquals("404".getBytes(StandardCharsets.UTF_8), serializer.serialize("OdooErrorStatus", 404));
        assertArrayEquals("res.partner:42:2026-11-27 19:42:44".getBytes(StandardCharsets.UTF_8),
                serializer.serialize("OdooEventId", "res.partner:42:2026-11-27 19:42:44"));
    }

    @Test
    void bytesPassAsTheyAreAndOtherObjectsAreNotSent() {
        byte[] raw = {1, 2, 3};
        assertArrayEquals(raw, serializer.serialize("raw", raw));
        assertNull(serializer.serialize("CamelOdooContext", Map.of("lang", "fr_FR")));
        assertNull(serializer.serialize("empty", null));
    }
}
