package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    @Test
    void upsertByKey() {
        Command command = CommandParser.parse("{\"id\":\"m-1\",\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"ref\","
                + "\"values\":{\"ref\":\"C-1\",\"name\":\"Acme\"},\"context\":{\"lang\":\"fr_FR\"}}");
        assertEquals("m-1", command.id());
        assertEquals("res.partner", command.model());
        assertEquals("upsert", command.operation());
        assertEquals("ref", command.key());
        assertEquals(Map.of("ref", "C-1", "name", "Acme"), command.values());
        assertEquals(Map.of("lang", "fr_FR"), command.context());
    }

    @Test
    void createOneOrManyWriteUnlinkAndCall() {
        assertEquals(List.of(Map.of("name", "A"), Map.of("name", "B")), CommandParser.parse(
                "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":[{\"name\":\"A\"},{\"name\":\"B\"}]}").values());
        Command write = CommandParser.parse("{\"model\":\"res.partner\",\"operation\":\"write\",\"ids\":[3,4],\"values\":{\"name\":\"A\"}}");
        assertEquals(List.of(3L, 4L), write.ids());
        assertNull(write.id());
        assertEquals(List.of(7L), CommandParser.parse("{\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[7]}").ids());
        Command call = CommandParser.parse("{\"id\":42,\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"name_search\","
                + "\"args\":[\"Az\"],\"kwargs\":{\"limit\":5}}");
        assertEquals("42", call.id());
        assertEquals("name_search", call.method());
        assertEquals(List.of("Az"), call.args());
        assertEquals(Map.of("limit", 5), call.kwargs());
        assertEquals(List.of(), CommandParser.parse("{\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"check_access_rights\"}").args());
    }

    @Test
    void aKeyMayNameSeveralFields() {
        assertEquals("company_id,ref", CommandParser.parse(
                "{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"company_id, ref\",\"values\":{}}").key());
    }

    @Test
    void malformedMessagesAreRefusedWithAReason() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("not json", "not JSON"),
                Map.entry("[1,2]", "JSON object"),
                Map.entry("{\"model\":\"res.partner\"}", "'operation'"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"delete\",\"ids\":[1]}", "Unknown operation 'delete'"),
                Map.entry("{\"model\":\"Res Partner\",\"operation\":\"unlink\",\"ids\":[1]}", "Invalid model name"),
                Map.entry("{\"operation\":\"unlink\",\"ids\":[1]}", "'model'"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"write\",\"values\":{}}", "needs 'ids'"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"write\",\"ids\":[],\"values\":{}}", "non-empty list"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[0]}", "positive integers"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[\"1\"]}", "positive integers"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"upsert\",\"values\":{}}", "needs 'key'"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"\",\"values\":{}}", "'key' must name"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":\"x\"}", "'values' must be an object"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"write\",\"ids\":[1],\"values\":[{}]}", "'values' must be an object"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{},\"ids\":[1]}", "'ids' has no meaning"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"_private\"}", "public method"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"read\",\"args\":{}}", "'args' must be a list"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"read\",\"kwargs\":[]}", "'kwargs' must be an object"),
                Map.entry("{\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[1],\"context\":1}", "'context' must be an object"),
                Map.entry("{\"id\":{},\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[1]}", "'id' must be"));
        refused.forEach((message, reason) -> {
            InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> CommandParser.parse(message), message);
            assertTrue(e.getMessage().contains(reason), message + " -> " + e.getMessage());
        });
    }
}
