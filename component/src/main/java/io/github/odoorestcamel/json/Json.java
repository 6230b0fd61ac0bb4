package io.github.odoorestcamel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one JSON mapper of the gateway, with nesting bounded so hostile input fails fast. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    /**
     * A parsed tree as plain Java values, as {@code MAPPER.convertValue(node, Object.class)} gives
     * them (objects as LinkedHashMaps in order, arrays as lists, numbers as the node holds them),
     * without writing the tree out and reading it back: a first copy converts every record.
     */
    public static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> object = new LinkedHashMap<>(node.size() * 2);
            node.fields().forEachRemaining(field -> object.put(field.getKey(), plain(field.getValue())));
            return object;
        }
        if (node.isArray()) {
            List<Object> array = new ArrayList<>(node.size());
            node.forEach(element -> array.add(plain(element)));
            return array;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
