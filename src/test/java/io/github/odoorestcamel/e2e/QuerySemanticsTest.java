package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The query language's meaning, end to end, on both read paths. */
class QuerySemanticsTest {

    private static JsonNode record(Mode mode, String path) {
        Reply reply = mode.get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void excludeKeepsEveryOtherField(Mode mode) {
        JsonNode partner = record(mode, "/api/res.partner/10/?query=" + q("{-image_128}"));
        assertFalse(partner.has("image_128"));
        assertEquals("Deco Addict", partner.get("name").asText());
        assertEquals(233, partner.get("country_id").asInt());
        assertEquals(Json.MAPPER.createArrayNode().add(7), partner.get("category_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void excludeBesideANestedFieldWorks(Mode mode) {
        JsonNode partner = record(mode, "/api/res.partner/10/?query=" + q("{-image_128, -email, country_id{code}}"));
        assertFalse(partner.has("email"));
        assertEquals("US", partner.get("country_id").get("code").asText());
        assertEquals(1, partner.get("country_id").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void wildcardWithNestedExcludeNestsAllButTheExcluded(Mode mode) {
        JsonNode category = record(mode, "/api/res.partner.category/1/?query=" + q("{*, child_ids{-id, -create_date}}"));
        assertEquals("Vendor", category.get("name").asText());
        JsonNode children = category.get("child_ids");
        assertEquals(2, children.size());
        assertEquals("Office Supplies", children.get(0).get("name").asText());
        assertFalse(children.get(0).has("id"));
        assertFalse(children.get(0).has("create_date"));
        assertTrue(children.get(0).has("write_date"));
        assertEquals(1, children.get(0).get("parent_id").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void emptyBlockGivesEmptyObjects(Mode mode) {
        JsonNode list = record(mode, "/api/res.country/?query=" + q("{}"));
        assertEquals(Json.MAPPER.createObjectNode(), list.get("result").get(0));
        assertEquals(3, list.get("count").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void emptyManyToOneIsFalseAndDeepNestingFollowsRelations(Mode mode) {
        JsonNode partner = record(mode, "/api/res.partner/3/?query="
                + q("{name, parent_id{name}, user_id{login, company_id{name}}}"));
        assertEquals(Json.MAPPER.createObjectNode().put("name", "YourCompany"), partner.get("parent_id"));
        assertEquals("admin", partner.get("user_id").get("login").asText());
        assertEquals("YourCompany", partner.get("user_id").get("company_id").get("name").asText());
        JsonNode company = record(mode, "/api/res.partner/1/?query=" + q("{parent_id{name}}"));
        assertFalse(company.get("parent_id").asBoolean());
        assertTrue(company.get("parent_id").isBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void toManyLimitAndOrderArgumentsTrimAndSort(Mode mode) throws Exception {
        JsonNode partner = record(mode, "/api/res.partner/9/?query="
                + q("{name, child_ids(limit: 2, order: \"name desc\"){name, email}}"));
        assertEquals(Json.MAPPER.readTree("""
                {"name":"Wood Corner","child_ids":[
                  {"name":"Willie Burke","email":"willie.burke@example.com"},
                  {"name":"Tom Ruiz","email":"tom.ruiz@example.com"}]}"""), partner);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void orderIsAppliedWithoutFilter(Mode mode) {
        JsonNode list = record(mode, "/api/res.country/?query=" + q("{name}") + "&order=" + q("name desc"));
        assertEquals("United States", list.get("result").get(0).get("name").asText());
        assertEquals("Belgium", list.get("result").get(2).get("name").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void contextIsPassedToOdoo(Mode mode) {
        JsonNode all = record(mode, "/api/res.partner/?query=" + q("{id}") + "&filter=" + q("[[\"id\",\"=\",41]]")
                + "&context=" + q("{\"active_test\": false}"));
        assertEquals(1, all.get("count").asInt());
        JsonNode active = record(mode, "/api/res.partner/?query=" + q("{id}") + "&filter=" + q("[[\"id\",\"=\",41]]"));
        assertEquals(0, active.get("count").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void binaryFieldIsServedAsBytesOrBase64(Mode mode) {
        Reply bytes = mode.get("/api/res.partner/10/image_128/");
        assertEquals(200, bytes.status(), bytes.body());
        assertEquals("image/png", bytes.header("Content-Type"));
        assertEquals((byte) 0x89, bytes.bytes()[0]);
        assertTrue(bytes.header("Content-Security-Policy").startsWith("sandbox"));
        Reply text = mode.get("/api/res.partner/10/image_128?encoding=base64");
        assertEquals(200, text.status());
        assertTrue(text.body().startsWith("iVBORw0KGgo"), text.body());
        assertEquals(404, mode.get("/api/res.partner/9/image_128/").status());
        assertEquals(400, mode.get("/api/res.partner/10/name/").status());
        assertEquals(400, mode.get("/api/res.partner/10/nope/").status());
        assertEquals(404, mode.get("/api/res.partner/99999/image_128/").status());
    }
}
