package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * POST, PUT and DELETE on /api through the HTTP port; every case checks both the answer and the
 * rows left in the simulated Odoo (a refused write changes nothing).
 */
class WriteApiTest {

    private static RunningGateway gateway(int version) {
        return RunningGateway.withSettings("writes" + version, version, Map.of());
    }

    private static final RunningGateway GATEWAY = gateway(17);

    private static String admin() {
        return GATEWAY.login("admin");
    }

    private static Reply send(String method, String path, String body) {
        return GATEWAY.send(method, path, body, "Cookie", "session_id=" + admin());
    }

    private static int newCategory(String name) {
        return GATEWAY.odoo.insert("res.partner.category", Map.of("name", name, "active", true));
    }

    private static int newPartner(String name, List<Integer> categories) {
        return GATEWAY.odoo.insert("res.partner", Map.of("name", name, "active", true,
                "category_id", new java.util.ArrayList<>(categories), "parent_id", 14));
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17})
    void createAnswers201WithTheIdAndItsLocation(int version) {
        RunningGateway gateway = gateway(version);
        Reply reply = gateway.send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"Test category_2\"}}}",
                "Cookie", "session_id=" + gateway.login("admin"));
        assertEquals(201, reply.status(), reply.body());
        int id = reply.json().get("result").asInt();
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":" + id + "}", reply.body());
        assertEquals("/api/res.partner.category/" + id, reply.header("Location"));
        assertEquals("Test category_2", gateway.odoo.row("res.partner.category", id).get("name"));
    }

    @Test
    void createWithContextAndOperationsOnRelations() {
        int tag = newCategory("Existing tag");
        Reply reply = send("POST", "/api/res.partner/", """
                {"jsonrpc":"2.0","params":{"context":{"lang":"en_US"},"data":{"name":"Gateway Test Partner",
                 "category_id":{"push":[%d],"create":[{"name":"Brand new tag"}]},"country_id":21}}}""".formatted(tag));
        assertEquals(201, reply.status(), reply.body());
        Map<String, Object> row = GATEWAY.odoo.row("res.partner", reply.json().get("result").asInt());
        assertEquals(21, row.get("country_id"));
        List<?> categories = (List<?>) row.get("category_id");
        assertEquals(2, categories.size());
        assertEquals(tag, categories.get(0));
        assertEquals("Brand new tag", GATEWAY.odoo.row("res.partner.category", (Integer) categories.get(1)).get("name"));
    }

    @Test
    void badCreatesAreRefusedBeforeOdooIsAskedToWrite() {
        GATEWAY.odoo.resetCalls();
        assertEquals(400, send("POST", "/api/res.partner.category/", "{\"params\":{}}").status());
        assertEquals(400, send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":[1]}}").status());
        assertEquals(400, send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"x\"},\"context\":3}}").status());
        Reply unknownField = send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"no_such_field\":1}}}");
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.errorMessage().contains("'no_such_field'"));
        Reply badOperation = send("POST", "/api/res.partner/", "{\"params\":{\"data\":{\"name\":\"x\",\"category_id\":{\"add\":[1]}}}}");
        assertEquals(400, badOperation.status());
        assertTrue(badOperation.errorMessage().contains("unknown operation 'add'"), badOperation.errorMessage());
        assertEquals(404, send("POST", "/api/no.such.model/", "{\"params\":{\"data\":{\"name\":\"x\"}}}").status());
        assertEquals(0, GATEWAY.odoo.callsTo("create"));
    }

    @Test
    void requiredFieldMissingIs422WithOdoosMessageAndCreatesNothing() {
        int before = GATEWAY.odoo.rows("res.partner.category").size();
        Reply reply = send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"color\":3}}}");
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.errorMessage().contains("a mandatory field is not set"), reply.errorMessage());
        assertEquals("odoo.exceptions.ValidationError", reply.json().path("error").path("data").path("name").asText());
        assertEquals(before, GATEWAY.odoo.rows("res.partner.category").size());
    }

    @Test
    void bodyMustBeJsonOfBoundedSize() {
        String session = admin();
        assertEquals(415, GATEWAY.send("POST", "/api/res.partner.category/", "name=x",
                "Cookie", "session_id=" + session, "Content-Type", "application/x-www-form-urlencoded").status());
        assertEquals(400, send("POST", "/api/res.partner.category/", "{\"params\":").status());
        Reply tooLarge = send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"" + "x".repeat(11_000_000) + "\"}}}");
        assertEquals(413, tooLarge.status());
        assertEquals(413, tooLarge.json().path("error").path("code").asInt());
        assertEquals(401, GATEWAY.send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"x\"}}}").status());
    }

    @Test
    void putPushPopAsTheReference() {
        int partner = newPartner("Push Pop", List.of(7));
        Reply reply = send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"category_id\":{\"push\":[2,3],\"pop\":[7]}}}}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":true}", reply.body());
        assertEquals(List.of(2, 3), GATEWAY.odoo.row("res.partner", partner).get("category_id"));
        Reply read = GATEWAY.getAs(admin(), "/api/res.partner/" + partner + "/?query=" + q("{category_id{name}}"));
        assertEquals("Prospects", read.json().get("category_id").get(0).get("name").asText());
    }

    @Test
    void putListOfIdsReplacesAndOtherFieldsPassUnchanged() {
        int partner = newPartner("Replace", List.of(7, 6));
        assertEquals(200, send("PUT", "/api/res.partner/" + partner, "{\"params\":{\"data\":{\"category_id\":[4,5],\"ref\":\"REF-10\"}}}").status());
        Map<String, Object> row = GATEWAY.odoo.row("res.partner", partner);
        assertEquals(List.of(4, 5), row.get("category_id"));
        assertEquals("REF-10", row.get("ref"));
    }

    @Test
    void putDeleteCreateUpdateSetClearAndRawCommands() {
        int doomed = newCategory("Doomed");
        int renamed = newCategory("Old name");
        int partner = newPartner("Operations", List.of(doomed, renamed));
        Reply reply = send("PUT", "/api/res.partner/" + partner + "/", """
                {"params":{"data":{"category_id":{"delete":[%d],"update":{"%d":{"name":"New name"}},"create":[{"name":"Created"}]}}}}"""
                .formatted(doomed, renamed));
        assertEquals(200, reply.status(), reply.body());
        assertNull(GATEWAY.odoo.row("res.partner.category", doomed), "delete removes the record itself");
        assertEquals("New name", GATEWAY.odoo.row("res.partner.category", renamed).get("name"));
        assertEquals(2, ((List<?>) GATEWAY.odoo.row("res.partner", partner).get("category_id")).size());
        assertEquals(200, send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"category_id\":{\"clear\":true}}}}").status());
        assertEquals(List.of(), GATEWAY.odoo.row("res.partner", partner).get("category_id"));
        assertEquals(200, send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"category_id\":{\"set\":[1,2]}}}}").status());
        assertEquals(List.of(1, 2), GATEWAY.odoo.row("res.partner", partner).get("category_id"));
        assertEquals(200, send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"category_id\":[[3,1,0],[4,5,0]]}}}").status());
        assertEquals(List.of(2, 5), GATEWAY.odoo.row("res.partner", partner).get("category_id"));
    }

    @Test
    void invalidPutsChangeNothingAndNeverCallWrite() {
        int partner = newPartner("Untouched", List.of(7));
        GATEWAY.odoo.resetCalls();
        String path = "/api/res.partner/" + partner + "/";
        for (String body : List.of(
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":{\"push\":[2],\"frobnicate\":[1]}}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":{\"push\":[\"a\"]}}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":{\"push\":[1.5]}}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":{\"update\":{\"abc\":{}}}}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":[[9,1,0]]}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"category_id\":\"1,2\"}}}",
                "{\"params\":{\"data\":{\"name\":\"X\",\"nope\":1}}}",
                "{\"params\":{\"data\":\"name\"}}",
                "{\"params\":{}}")) {
            Reply reply = send("PUT", path, body);
            assertEquals(400, reply.status(), body + " → " + reply.body());
        }
        assertEquals(400, send("PUT", "/api/res.partner/abc/", "{\"params\":{\"data\":{\"name\":\"X\"}}}").status());
        assertEquals(0, GATEWAY.odoo.callsTo("write"));
        assertEquals("Untouched", GATEWAY.odoo.row("res.partner", partner).get("name"));
        assertEquals(List.of(7), GATEWAY.odoo.row("res.partner", partner).get("category_id"));
    }

    @Test
    void putOnAMissingRecordIs404() {
        Reply reply = send("PUT", "/api/res.partner/99999/", "{\"params\":{\"data\":{\"name\":\"Ghost\"}}}");
        assertEquals(404, reply.status(), reply.body());
        assertTrue(reply.errorMessage().startsWith("Record does not exist or has been deleted."));
    }

    @Test
    void odooRefusalIsReportedNotSwallowedAndRolledBack() {
        int category = newCategory("Self parent");
        Reply recursion = send("PUT", "/api/res.partner.category/" + category + "/", "{\"params\":{\"data\":{\"parent_id\":" + category + "}}}");
        assertEquals(422, recursion.status(), recursion.body());
        assertEquals("Recursion Detected.", recursion.errorMessage());
        assertNull(GATEWAY.odoo.row("res.partner.category", category).get("parent_id"));
        int partner = newPartner("Half write", List.of(7));
        GATEWAY.odoo.resetCalls();
        Reply missingTag = send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"name\":\"Renamed\",\"category_id\":{\"push\":[99999, 7]}}}}");
        assertEquals(422, missingTag.status(), missingTag.body());
        assertEquals("Field 'category_id' links to res.partner.category record(s) that do not exist: [99999]", missingTag.errorMessage());
        assertEquals("Half write", GATEWAY.odoo.row("res.partner", partner).get("name"), "nothing is half-written");
        assertEquals(0, GATEWAY.odoo.callsTo("write"));
    }

    @Test
    void writesToMissingRelatedRecordsNameThemAndWriteNothing() {
        GATEWAY.odoo.resetCalls();
        Reply create = send("POST", "/api/res.partner/", "{\"params\":{\"data\":{\"name\":\"Orphan\",\"parent_id\":99998,"
                + "\"category_id\":[7, 99997]}}}");
        assertEquals(422, create.status(), create.body());
        assertTrue(create.errorMessage().contains("99998") || create.errorMessage().contains("99997"), create.body());
        assertEquals(0, GATEWAY.odoo.callsTo("create"));
        int partner = newPartner("Linked", List.of());
        Reply set = send("PUT", "/api/res.partner/" + partner + "/", "{\"params\":{\"data\":{\"category_id\":{\"set\":[7, 99996]}}}}");
        assertEquals(422, set.status(), set.body());
        assertEquals("Field 'category_id' links to res.partner.category record(s) that do not exist: [99996]", set.errorMessage());
        assertEquals(0, GATEWAY.odoo.callsTo("write"));
    }

    @Test
    void putAndDeleteOfAMissingIdAre404EvenWhereOdooAnswersTrue() {
        GATEWAY.odoo.resetCalls();
        Reply odooItself = send("POST", "/object/res.partner.category/unlink", "{\"params\":{\"args\":[[999999]]}}");
        assertEquals("true", odooItself.json().path("result").asText(), "Odoo's unlink of a missing id answers true (E5): " + odooItself.body());
        Reply put = send("PUT", "/api/res.partner.category/999999/", "{\"params\":{\"data\":{\"name\":\"Ghost\"}}}");
        assertEquals(404, put.status(), put.body());
        assertEquals("odoo.exceptions.MissingError", put.json().path("error").path("data").path("name").asText());
        Reply delete = send("DELETE", "/api/res.partner.category/999999/", null);
        assertEquals(404, delete.status(), delete.body());
        assertEquals("odoo.exceptions.MissingError", delete.json().path("error").path("data").path("name").asText());
        Reply get = send("GET", "/api/res.partner.category/999999/", null);
        assertEquals(404, get.status(), get.body());
        assertEquals("odoo.exceptions.MissingError", get.json().path("error").path("data").path("name").asText(), "one name on every path");
        assertEquals(0, GATEWAY.odoo.callsTo("write"));
        assertEquals(1, GATEWAY.odoo.callsTo("unlink"), "only the /object call reached unlink");
    }

    @Test
    void putAndDeleteByIdReachArchivedRecords() {
        int category = newCategory("Archived tag");
        assertEquals(200, send("PUT", "/api/res.partner.category/" + category + "/", "{\"params\":{\"data\":{\"active\":false}}}").status());
        Reply rename = send("PUT", "/api/res.partner.category/" + category + "/", "{\"params\":{\"data\":{\"name\":\"Still there\"}}}");
        assertEquals(200, rename.status(), rename.body());
        assertEquals("Still there", GATEWAY.odoo.row("res.partner.category", category).get("name"));
        assertEquals(200, send("DELETE", "/api/res.partner.category/" + category + "/", null).status());
        assertNull(GATEWAY.odoo.row("res.partner.category", category));
    }

    @Test
    void putByFilterWritesEveryMatchInOneCall() {
        int a = newPartner("Bulk A", List.of());
        int b = newPartner("Bulk B", List.of());
        GATEWAY.odoo.resetCalls();
        Reply reply = send("PUT", "/api/res.partner/", "{\"params\":{\"filter\":[[\"id\",\"in\",[" + a + "," + b + "]]],\"data\":{\"ref\":\"BULK\"}}}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("2", reply.header("X-Affected-Count"));
        assertEquals("BULK", GATEWAY.odoo.row("res.partner", a).get("ref"));
        assertEquals("BULK", GATEWAY.odoo.row("res.partner", b).get("ref"));
        assertEquals(1, GATEWAY.odoo.callsTo("write"));
        Reply none = send("PUT", "/api/res.partner/", "{\"params\":{\"filter\":\"[[\\\"id\\\",\\\"=\\\",99999]]\",\"data\":{\"ref\":\"BULK\"}}}");
        assertEquals(200, none.status(), none.body());
        assertEquals("0", none.header("X-Affected-Count"));
        assertEquals(1, GATEWAY.odoo.callsTo("write"));
    }

    @Test
    void putByFilterNeedsAValidNonEmptyFilter() {
        GATEWAY.odoo.resetCalls();
        assertEquals(400, send("PUT", "/api/res.partner/", "{\"params\":{\"data\":{\"ref\":\"X\"}}}").status());
        assertEquals(400, send("PUT", "/api/res.partner/", "{\"params\":{\"filter\":[],\"data\":{\"ref\":\"X\"}}}").status());
        assertEquals(400, send("PUT", "/api/res.partner/", "{\"params\":{\"filter\":[[\"nope\",\"=\",1]],\"data\":{\"ref\":\"X\"}}}").status());
        assertEquals(400, send("PUT", "/api/res.partner/", "{\"params\":{\"filter\":\"[[\",\"data\":{\"ref\":\"X\"}}}").status());
        assertEquals(0, GATEWAY.odoo.callsTo("write") + GATEWAY.odoo.callsTo("search"));
    }

    @Test
    void accessDeniedWriteIs403AndChangesNothing() {
        String demo = GATEWAY.login("demo");
        Reply reply = GATEWAY.send("PUT", "/api/res.users/2/", "{\"params\":{\"data\":{\"login\":\"hacked\"}}}", "Cookie", "session_id=" + demo);
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.errorMessage().startsWith("You are not allowed to modify 'User' (res.users) records."));
        assertEquals("admin", GATEWAY.odoo.row("res.users", 2).get("login"));
        Reply create = GATEWAY.send("POST", "/api/res.country/", "{\"params\":{\"data\":{\"name\":\"Atlantis\"}}}", "Cookie", "session_id=" + demo);
        assertEquals(403, create.status());
    }

    @Test
    void deleteById() {
        int category = newCategory("To delete");
        Reply reply = send("DELETE", "/api/res.partner.category/" + category + "/", null);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("{\"result\":true}", reply.body());
        assertNull(GATEWAY.odoo.row("res.partner.category", category));
        assertEquals(404, send("DELETE", "/api/res.partner.category/" + category + "/", null).status());
    }

    @Test
    void deleteByFilter() {
        int a = newCategory("Filter delete A");
        int b = newCategory("Filter delete B");
        Reply reply = GATEWAY.send("DELETE", "/api/res.partner.category/?filter=" + q("[[\"name\",\"like\",\"Filter delete\"]]"), null,
                "Cookie", "session_id=" + admin());
        assertEquals(200, reply.status(), reply.body());
        assertEquals("{\"result\":true}", reply.body());
        assertEquals("2", reply.header("X-Affected-Count"));
        assertNull(GATEWAY.odoo.row("res.partner.category", a));
        assertNull(GATEWAY.odoo.row("res.partner.category", b));
        Reply none = GATEWAY.send("DELETE", "/api/res.partner.category/?filter=" + q("[[\"id\",\"=\",99999]]"), null,
                "Cookie", "session_id=" + admin());
        assertEquals(200, none.status());
        assertEquals("0", none.header("X-Affected-Count"));
    }

    @Test
    void deleteByFilterNeedsAFilter() {
        int before = GATEWAY.odoo.rows("res.partner.category").size();
        assertEquals(400, send("DELETE", "/api/res.partner.category/", null).status());
        assertEquals(400, GATEWAY.send("DELETE", "/api/res.partner.category/?filter=" + q("[]"), null, "Cookie", "session_id=" + admin()).status());
        assertEquals(400, GATEWAY.send("DELETE", "/api/res.partner.category/?filter=" + q("[[\"id\""), null, "Cookie", "session_id=" + admin()).status());
        assertEquals(before, GATEWAY.odoo.rows("res.partner.category").size());
    }

    @Test
    void deleteRefusedByOdooIs422WithTheHumanMessage() {
        Reply reply = send("DELETE", "/api/res.partner/3/", null);
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.errorMessage().startsWith("You cannot delete contacts linked to an active user."), reply.errorMessage());
        assertFalse(reply.errorMessage().contains("ir.actions"));
        assertEquals("RedirectWarning", reply.json().path("error").path("data").path("exception_type").asText());
        assertNotNull(GATEWAY.odoo.row("res.partner", 3));
    }
}
