package io.github.odoorestcamel.bundles.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.camel.component.kafka.serde.KafkaHeaderSerializer;

/**
 * Writes every header as UTF-8 text: Camel's default writes a long or an int as raw bytes, which
 * a consumer in another language would have to decode by guessing the type. Bytes pass as they
 * are; a header of any other type is not sent, as with Camel's default.
 */
public final class TextHeaderSerializer implements KafkaHeaderSerializer {

    @Override
    public byte[] serialize(String key, Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }
}
