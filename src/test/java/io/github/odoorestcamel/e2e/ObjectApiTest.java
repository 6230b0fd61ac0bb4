package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /object/{model}[/{id}]/{method} through the HTTP port. */
class ObjectApiTest {

    private static final RunningGateway GATEWAY = RunningGateway.withSettings("objects", 17, Map.of());

    private static Reply call(String path, String body) {
        return GATEWAY.post(path, body, "Cookie", "session_id=" + GATEWAY.login("admin"));
    }

    @Test
    void nameSearchPassesTheResultOn() throws Exception {
        Reply reply = call("/object/res.partner/name_search", "{\"params\":{\"args\":[\"Deco\"]}}");
        assertEquals(200, reply.status(), reply.body());
        JsonNode result = reply.json().get("result");
        assertEquals(Json.MAPPER.readTree("[10,\"Deco Addict\"]"), result.get(0));
        assertEquals("Deco Addict, Addison Olson", result.get(1).get(1).asText());
        assertTrue(reply.json().get("id").isNull());
    }

    @Test
    void searchCountWithContext() {
        assertEquals(26, call("/object/res.partner/search_count", "{\"params\":{\"args\":[[]]}}").json().get("result").asInt());
        assertEquals(27, call("/object/res.partner/search_count",
                "{\"params\":{\"args\":[[]],\"context\":{\"active_test\":false}}}").json().get("result").asInt());
    }

    @Test
    void kwargsAreAcceptedWithTheReferenceSpellingToo() throws Exception {
        String expected = "[{\"id\":10,\"name\":\"Deco Addict\",\"category_id\":[7]},{\"id\":11,\"name\":\"Gemini Furniture\",\"category_id\":[4,7]}]";
        for (String key : new String[] {"kwargs", "kwargs "}) {
            Reply reply = call("/object/res.partner/search_read", "{\"params\":{\"args\":[[[\"id\",\"in\",[10,11]]]],\"" + key
                    + "\":{\"fields\":[\"id\",\"name\",\"category_id\"],\"order\":\"id\"}}}");
            assertEquals(200, reply.status(), reply.body());
            assertEquals(Json.MAPPER.readTree(expected), reply.json().get("result"), key);
        }
    }

    @Test
    void boundCallPutsTheRecordFirst() {
        Reply reply = call("/object/res.partner/10/read", "{\"params\":{\"args\":[[\"id\",\"name\",\"country_id\"]]}}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("[233,\"United States\"]", reply.json().get("result").get(0).get("country_id").toString());
        Reply missing = call("/object/res.partner/99999/read", "{\"params\":{\"args\":[[\"name\"]]}}");
        assertEquals(200, missing.status());
        assertEquals("[]", missing.json().get("result").toString());
    }

    @Test
    void boundMethodChangesTheRecord() {
        int id = GATEWAY.odoo.insert("res.partner", Map.of("name", "To archive", "active", true));
        assertEquals(200, call("/object/res.partner/" + id + "/action_archive", "{}").status());
        assertEquals(false, GATEWAY.odoo.row("res.partner", id).get("active"));
    }

    @Test
    void unknownModelOrMethodIs404() {
        Reply model = call("/object/no.such.model/search", "{\"params\":{\"args\":[[]]}}");
        assertEquals(404, model.status(), model.body());
        Reply method = call("/object/res.partner/no_such_method", "{\"params\":{}}");
        assertEquals(404, method.status(), method.body());
        assertEquals("The method 'no_such_method' does not exist on the model 'res.partner'", method.errorMessage());
    }

    @Test
    void privateMethodIs403BeforeAnyCallToOdoo() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.post("/object/res.users/1/_check_credentials", "{\"params\":{\"args\":[\"x\"]}}",
                "Cookie", "session_id=" + session);
        assertEquals(403, reply.status(), reply.body());
        assertEquals("Private methods (such as _check_credentials) cannot be called remotely.", reply.errorMessage());
        assertEquals(0, GATEWAY.odoo.callCount());
    }

    @Test
    void badCallsAre400Or401() {
        assertEquals(400, call("/object/res.partner/search-read", "{}").status());
        assertEquals(400, call("/object/res.partner/search_count", "{\"params\":{\"args\":{\"a\":1}}}").status());
        assertEquals(400, call("/object/res.partner/search_count", "{\"params\":{\"kwargs\":[1]}}").status());
        assertEquals(400, call("/object/Res.Partner/search_count", "{}").status());
        assertEquals(400, call("/object/res.partner/abc/read", "{}").status());
        assertEquals(401, GATEWAY.post("/object/res.partner/search_count", "{\"params\":{\"args\":[[]]}}").status());
    }

    @Test
    void createWithAListOfValuesGivesTheListOfIds() {
        Reply reply = call("/object/res.partner.category/create",
                "{\"params\":{\"args\":[[{\"name\":\"GW tag A\"},{\"name\":\"GW tag B\"}]]}}");
        assertEquals(200, reply.status(), reply.body());
        JsonNode ids = reply.json().get("result");
        assertEquals(2, ids.size());
        assertEquals("GW tag B", GATEWAY.odoo.row("res.partner.category", ids.get(1).asInt()).get("name"));
    }

    @Test
    void expiredSessionIs401AndWritesNothing() {
        String session = GATEWAY.odoo.openSession("admin");
        GATEWAY.post("/object/res.partner/search_count", "{\"params\":{\"args\":[[]]}}", "Cookie", "session_id=" + session);
        GATEWAY.odoo.expireSession(session);
        int before = GATEWAY.odoo.rows("res.partner.category").size();
        Reply reply = GATEWAY.post("/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"Late\"}}}",
                "Cookie", "session_id=" + session);
        assertEquals(401, reply.status(), reply.body());
        assertEquals(before, GATEWAY.odoo.rows("res.partner.category").size());
    }
}
