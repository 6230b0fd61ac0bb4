package io.github.odoorestcamel.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsGetTest {

    /** Part of Odoo 17's answer for res.partner.category (transcript D0), and a selection field of res.partner. */
    private static final String ANSWER = """
            {"name": {"readonly": false, "required": true, "store": true, "string": "Tag Name", "type": "char"},
             "parent_id": {"readonly": false, "relation": "res.partner.category", "required": false, "store": true,
                           "string": "Parent Category", "type": "many2one"},
             "display_name": {"readonly": true, "required": false, "store": false, "string": "Display Name", "type": "char"},
             "write_date": {"readonly": true, "required": false, "store": true, "string": "Last Updated on", "type": "datetime"},
             "type": {"readonly": false, "required": false, "store": true, "string": "Address Type", "type": "selection",
                      "selection": [["contact", "Contact"], ["invoice", "Invoice Address"]]},
             "priority": {"type": "selection", "selection": [[0, "Normal"], [1, "Urgent"]]}}
            """;

    private static ModelFields parsed() throws Exception {
        return FieldsGet.parse("res.partner.category", Json.MAPPER.readTree(ANSWER));
    }

    @Test
    void everyAttributeOfAFieldIsKept() throws Exception {
        FieldInfo name = parsed().require("name");
        assertEquals(new FieldInfo("name", "char", null, "Tag Name", true, true, false, List.of()), name);
        FieldInfo parent = parsed().require("parent_id");
        assertEquals("res.partner.category", parent.relation());
        assertTrue(parent.isRelational());
    }

    @Test
    void aComputedFieldThatIsNotStoredIsKnownAsSuch() throws Exception {
        FieldInfo displayName = parsed().require("display_name");
        assertFalse(displayName.stored());
        assertTrue(displayName.readonly());
        assertTrue(parsed().require("write_date").stored());
    }

    @Test
    void aMissingStoreCountsAsStoredAndMissingFlagsAsFalse() throws Exception {
        FieldInfo priority = parsed().require("priority");
        assertTrue(priority.stored());
        assertFalse(priority.required());
        assertFalse(priority.readonly());
        assertNull(priority.label());
    }

    @Test
    void selectionValuesKeepOdoosOrderAndType() throws Exception {
        assertEquals(List.of("contact", "invoice"), parsed().require("type").selection());
        assertEquals(List.of(0, 1), parsed().require("priority").selection());
        assertEquals(List.of(), parsed().require("name").selection());
    }

    @Test
    void theIdIsAddedReadOnlyWhenTheAnswerLacksIt() throws Exception {
        List<String> names = parsed().all().stream().map(FieldInfo::name).toList();
        assertEquals(List.of("name", "parent_id", "display_name", "write_date", "type", "priority", "id"), names);
        FieldInfo id = parsed().require("id");
        assertEquals("integer", id.type());
        assertTrue(id.readonly());
        assertTrue(id.stored());
    }

    @Test
    void askingSendsEveryAttributeReadAndTheCallersLanguage() throws Exception {
        List<ObjectNode> sent = new ArrayList<>();
        JsonNode answer = Json.MAPPER.readTree(ANSWER);
        ModelFields fields = FieldsGet.ask((user, model, method, args, kwargs) -> {
            assertEquals("fields_get", method);
            sent.add(kwargs);
            return answer;
        }, Caller.session("s", "odoo", 2, "fr_FR"), "res.partner.category");
        assertEquals("Tag Name", fields.require("name").label());
        assertEquals("[\"type\",\"relation\",\"string\",\"store\",\"required\",\"readonly\",\"selection\"]",
                sent.get(0).get("attributes").toString());
        assertEquals("fr_FR", sent.get(0).at("/context/lang").asText());
    }
}
