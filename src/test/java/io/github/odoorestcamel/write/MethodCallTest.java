package io.github.odoorestcamel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;
import org.junit.jupiter.api.Test;

class MethodCallTest {

    private static ObjectNode params(String json) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(json);
    }

    @Test
    void recordIdsComeFirstInThePositionalArguments() throws Exception {
        MethodCall call = MethodCall.of("read", 10, params("{\"args\":[[\"name\"]]}"));
        assertEquals("[[10],[\"name\"]]", call.positionalArgs().toString());
        assertEquals("{\"context\":{}}", call.kwargs().toString());
    }

    @Test
    void theReferencesKwargsWithASpaceIsRead() throws Exception {
        MethodCall call = MethodCall.of("search_read", null, params("{\"kwargs \":{\"limit\":2}}"));
        assertNull(call.ids());
        assertEquals(2, call.kwargs().get("limit").asInt());
    }

    @Test
    void contextParamIsMergedIntoTheKwargsContext() throws Exception {
        MethodCall call = MethodCall.of("name_search", null,
                params("{\"kwargs\":{\"context\":{\"lang\":\"fr_FR\",\"tz\":\"UTC\"}},\"context\":{\"lang\":\"de_DE\"}}"));
        assertEquals("{\"lang\":\"de_DE\",\"tz\":\"UTC\"}", call.kwargs().get("context").toString());
    }

    @Test
    void namedArgumentsCarryTheIdsAndRefusePositionalOnes() throws Exception {
        assertEquals("{\"context\":{},\"ids\":[4]}", MethodCall.of("action_archive", 4, params("{}")).namedArgs().toString());
        GatewayException error = assertThrows(GatewayException.class,
                () -> MethodCall.of("read", 4, params("{\"args\":[[\"name\"]]}")).namedArgs());
        assertEquals(400, HttpStatuses.of(error.kind()));
    }

    @Test
    void privateAndMalformedMethodsAreRefused() {
        assertEquals(403, HttpStatuses.of(assertThrows(GatewayException.class, () -> MethodCall.of("_sql", null, params("{}"))).kind()));
        assertEquals(400, HttpStatuses.of(assertThrows(GatewayException.class, () -> MethodCall.of("read;drop", null, params("{}"))).kind()));
        assertEquals(400, HttpStatuses.of(assertThrows(GatewayException.class, () -> MethodCall.of("read", null, params("{\"args\":{}}"))).kind()));
        assertEquals(400, HttpStatuses.of(assertThrows(GatewayException.class, () -> MethodCall.of("read", null, params("{\"kwargs\":[]}"))).kind()));
    }
}
