package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import io.github.odoorestcamel.sim.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API-key mode: Basic login:key over /jsonrpc (Odoo 14–18), Bearer over JSON-2 (Odoo ≥ 19). */
class ApiKeyTest {

    private static final String LIST = "/api/res.partner/?query=" + q("{id,name,country_id{name},category_id{name}}")
            + "&filter=" + q("[[\"is_company\",\"=\",true]]") + "&page_size=3&page=2";

    private static RunningGateway gateway(int version) {
        return RunningGateway.withSettings("keys" + version, version, Map.of("odoo.databases", "other"));
    }

    static String basic(String login, String key) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {14, 15, 16, 17, 18, 19})
    void basicLoginAndKeyGivesTheSameAnswerAsASession(int version) {
        RunningGateway gateway = gateway(version);
        Reply withSession = gateway.getAs(gateway.login("admin"), LIST);
        Reply withKey = gateway.get(LIST, "Authorization", basic("admin", OdooSimulator.ADMIN_API_KEY));
        assertEquals(200, withKey.status(), withKey.body());
        assertEquals(withSession.json(), withKey.json());
        assertEquals(withSession.header("X-Total-Count"), withKey.header("X-Total-Count"));
    }

    @Test
    void basicKeyOnOdoo17UsesJsonRpcAndNoSession() {
        RunningGateway gateway = gateway(17);
        String key = gateway.odoo.newApiKey("admin");
        gateway.get(LIST, "Authorization", basic("admin", key));
        gateway.odoo.resetCalls();
        assertEquals(200, gateway.get(LIST, "Authorization", basic("admin", key)).status());
        List<RecordedCall> calls = gateway.odoo.calls();
        assertEquals(1, calls.size(), "authenticate is cached: one execute_kw per GET");
        assertEquals("/jsonrpc", calls.get(0).path());
        assertEquals("execute_kw", calls.get(0).body().path("params").path("method").asText());
        assertEquals(null, calls.get(0).header("Cookie"));
    }

    @Test
    void bearerKeyOnOdoo19UsesJson2() {
        RunningGateway gateway = gateway(19);
        String key = gateway.odoo.newApiKey("admin");
        Reply first = gateway.get(LIST, "Authorization", "Bearer " + key);
        assertEquals(200, first.status(), first.body());
        gateway.odoo.resetCalls();
        Reply reply = gateway.get(LIST, "Authorization", "Bearer " + key);
        assertEquals(first.json(), reply.json());
        List<RecordedCall> calls = gateway.odoo.calls();
        assertEquals(1, calls.size());
        assertEquals("/json/2/res.partner/web_search_read", calls.get(0).path());
        assertEquals("bearer " + key, calls.get(0).header("Authorization"));
        assertEquals("odoo", calls.get(0).header("X-Odoo-Database"));
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18})
    void bearerKeyBefore19NeedsALogin(int version) {
        RunningGateway gateway = gateway(version);
        Reply reply = gateway.get(LIST, "Authorization", "Bearer " + OdooSimulator.ADMIN_API_KEY);
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.errorMessage().contains("X-Odoo-Login"), reply.errorMessage());
        Reply withLogin = gateway.get(LIST, "Authorization", "Bearer " + OdooSimulator.ADMIN_API_KEY, "X-Odoo-Login", "admin");
        assertEquals(200, withLogin.status(), withLogin.body());
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18, 19})
    void wrongRevokedAndMalformedKeysAre401Json(int version) {
        RunningGateway gateway = gateway(version);
        String wrong = "0000000000000000000000000000000000000000";
        Reply bad = gateway.get(LIST, "Authorization", basic("admin", wrong));
        assertEquals(401, bad.status(), bad.body());
        assertFalse(bad.body().contains(wrong));
        String key = gateway.odoo.newApiKey("demo");
        assertEquals(200, gateway.get(LIST, "Authorization", basic("demo", key)).status());
        gateway.odoo.revokeApiKey(key);
        Reply revoked = gateway.get(LIST, "Authorization", basic("demo", key));
        assertEquals(401, revoked.status(), revoked.body());
        assertFalse(revoked.body().contains(key));
        assertEquals(401, gateway.get(LIST, "Authorization", "Basic !!!").status());
        assertEquals(401, gateway.get(LIST, "Authorization", "Digest abc").status());
        assertEquals(401, gateway.get(LIST, "Authorization", basic("admin", "short")).status());
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18, 19})
    void databaseIsChosenOnlyAmongTheAllowedOnes(int version) {
        RunningGateway gateway = gateway(version);
        gateway.odoo.resetCalls();
        Reply refused = gateway.get(LIST, "Authorization", basic("admin", OdooSimulator.ADMIN_API_KEY), "X-Odoo-Database", "prod");
        assertEquals(403, refused.status(), refused.body());
        assertEquals(0, gateway.odoo.callCount());
        Reply otherDb = gateway.get(LIST, "Authorization", basic("admin", OdooSimulator.ADMIN_API_KEY), "X-Odoo-Database", "other");
        assertEquals(401, otherDb.status(), "the key belongs to another database: " + otherDb.body());
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18, 19})
    void writesWorkWithAKey(int version) {
        RunningGateway gateway = gateway(version);
        String auth = basic("admin", OdooSimulator.ADMIN_API_KEY);
        Reply created = gateway.send("POST", "/api/res.partner.category/", "{\"params\":{\"data\":{\"name\":\"Key tag\"}}}",
                "Authorization", auth);
        assertEquals(201, created.status(), created.body());
        int id = created.json().get("result").asInt();
        assertEquals("Key tag", gateway.odoo.row("res.partner.category", id).get("name"));
        Reply updated = gateway.send("PUT", "/api/res.partner.category/" + id + "/", "{\"params\":{\"data\":{\"name\":\"Key tag 2\",\"partner_ids\":{\"push\":[10]}}}}",
                "Authorization", auth);
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Key tag 2", gateway.odoo.row("res.partner.category", id).get("name"));
        assertTrue(((List<?>) gateway.odoo.row("res.partner", 10).get("category_id")).contains(id));
        Reply byFilter = gateway.send("PUT", "/api/res.partner.category/", "{\"params\":{\"filter\":[[\"id\",\"=\"," + id + "]],\"data\":{\"color\":9}}}",
                "Authorization", auth);
        assertEquals("1", byFilter.header("X-Affected-Count"), byFilter.body());
        assertEquals(9, gateway.odoo.row("res.partner.category", id).get("color"));
        Reply deleted = gateway.send("DELETE", "/api/res.partner.category/" + id + "/", null, "Authorization", auth);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(null, gateway.odoo.row("res.partner.category", id));
        Reply missing = gateway.send("PUT", "/api/res.partner.category/" + id + "/", "{\"params\":{\"data\":{\"name\":\"x\"}}}",
                "Authorization", auth);
        assertEquals(404, missing.status(), missing.body());
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18, 19})
    void errorsMapTheSameWayOverEveryTransport(int version) {
        RunningGateway gateway = gateway(version);
        String demo = basic("demo", gateway.odoo.newApiKey("demo"));
        assertEquals(403, gateway.get("/api/ir.config_parameter/", "Authorization", demo).status());
        assertEquals(404, gateway.get("/api/no.such.model/", "Authorization", demo).status());
        assertEquals(404, gateway.get("/api/res.partner/99999/", "Authorization", demo).status());
        Reply refused = gateway.send("DELETE", "/api/res.partner/3/", null, "Authorization", basic("admin", OdooSimulator.ADMIN_API_KEY));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.errorMessage().startsWith("You cannot delete contacts linked to an active user."));
        Reply forbidden = gateway.send("PUT", "/api/res.users/2/", "{\"params\":{\"data\":{\"login\":\"hacked\"}}}", "Authorization", demo);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals("admin", gateway.odoo.row("res.users", 2).get("login"));
    }

    @Test
    void objectCallsOnJson2TakeNamedArgumentsOnly() {
        RunningGateway gateway = gateway(19);
        String auth = "Bearer " + OdooSimulator.ADMIN_API_KEY;
        Reply positional = gateway.post("/object/res.partner/search_count", "{\"params\":{\"args\":[[]]}}", "Authorization", auth);
        assertEquals(400, positional.status(), positional.body());
        assertTrue(positional.errorMessage().contains("kwargs"), positional.errorMessage());
        Reply named = gateway.post("/object/res.partner/search_count", "{\"params\":{\"kwargs\":{\"domain\":[[\"is_company\",\"=\",true]]}}}",
                "Authorization", auth);
        assertEquals(200, named.status(), named.body());
        assertEquals(8, named.json().get("result").asInt());
        Reply bound = gateway.post("/object/res.partner/10/read", "{\"params\":{\"kwargs\":{\"fields\":[\"name\"]}}}", "Authorization", auth);
        assertEquals(200, bound.status(), bound.body());
        assertEquals("Deco Addict", bound.json().get("result").get(0).get("name").asText());
        assertEquals(403, gateway.post("/object/res.users/1/_check_credentials", "{}", "Authorization", auth).status());
    }

    @Test
    void objectCallsOverJsonRpcKeepPositionalArguments() {
        RunningGateway gateway = gateway(17);
        Reply reply = gateway.post("/object/res.partner/search_count", "{\"params\":{\"args\":[[[\"is_company\",\"=\",true]]]}}",
                "Authorization", basic("admin", OdooSimulator.ADMIN_API_KEY));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(8, reply.json().get("result").asInt());
    }
}
