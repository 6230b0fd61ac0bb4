package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GET /api/... through the gateway's HTTP port, in every mode: Odoo 16 (batched reads) to 19 (JSON-2), session or API key. */
class ReadApiTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void nestedPagedListHasTheReferenceEnvelope(Mode mode) throws Exception {
        Reply reply = mode.get("/api/res.partner/?query="
                + q("{id,name,country_id{name},category_id{name}}") + "&filter=" + q("[[\"is_company\",\"=\",true]]")
                + "&order=id&page_size=3&page=2");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(Json.MAPPER.readTree("""
                {"count":3,"prev":1,"current":2,"next":3,"total_pages":3,"result":[
                 {"id":11,"name":"Gemini Furniture","country_id":{"name":"United States"},
                  "category_id":[{"name":"Consulting Services"},{"name":"Desk Manufacturers"}]},
                 {"id":12,"name":"Ready Mat","country_id":{"name":"United States"},"category_id":[]},
                 {"id":13,"name":"The Jackson Group","country_id":{"name":"United States"},"category_id":[]}]}"""),
                reply.json());
        assertEquals("8", reply.header("X-Total-Count"));
        String link = reply.header("Link");
        assertTrue(link.contains("page=3>; rel=\"next\""), link);
        assertTrue(link.contains("page=1>; rel=\"prev\""), link);
        assertTrue(link.startsWith("</api/res.partner/?"), link);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void filterAndLimitTrimTheList(Mode mode) {
        Reply reply = mode.get("/api/res.partner?query=" + q("{id, name}")
                + "&filter=" + q("[[\"id\",\">\",30]]") + "&limit=2");
        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(2, body.get("count").asInt());
        assertEquals(1, body.get("current").asInt());
        assertTrue(body.get("prev").isNull());
        assertTrue(body.get("next").isNull());
        assertEquals(1, body.get("total_pages").asInt());
        // res.partner's default order is its complete name: "Azure Interior, Colleen Diaz" < "Deco Addict, Addison Olson"
        assertEquals("Colleen Diaz", body.get("result").get(0).get("name").asText());
        assertEquals("Addison Olson", body.get("result").get(1).get("name").asText());
        assertEquals("3", reply.header("X-Total-Count"));
        assertNull(reply.header("Link"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void singleRecordIsAnObject(Mode mode) throws Exception {
        Reply reply = mode.get("/api/res.partner/3/?query=" + q("{id,name}"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(Json.MAPPER.readTree("{\"id\":3,\"name\":\"Mitchell Admin\"}"), reply.json());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void missingRecordIs404Json(Mode mode) {
        Reply reply = mode.get("/api/res.partner/99999/");
        assertEquals(404, reply.status(), reply.body());
        assertEquals(404, reply.json().path("error").path("code").asInt());
        assertTrue(reply.errorMessage().startsWith("Record does not exist or has been deleted."), reply.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void defaultQueryRendersEveryFieldTheReferenceWay(Mode mode) {
        Reply reply = mode.get("/api/res.partner.category/1/");
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("name", "color", "parent_id", "child_ids", "active", "partner_ids", "id", "display_name",
                "create_uid", "create_date", "write_uid", "write_date"), names);
        assertEquals("Vendor", record.get("name").asText());
        assertFalse(record.get("parent_id").asBoolean());
        assertEquals(Json.MAPPER.createArrayNode().add(6).add(7), record.get("child_ids"));
        assertEquals(1, record.get("create_uid").asInt());
        assertEquals("2026-11-27-01-47", record.get("create_date").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void pageBeyondTheEndKeepsTheTotals(Mode mode) {
        Reply reply = mode.get("/api/res.partner/?query=" + q("{id,name}") + "&order=" + q("\"name desc\"")
                + "&page_size=5&page=99");
        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(0, body.get("count").asInt());
        assertEquals(99, body.get("current").asInt());
        assertTrue(body.get("prev").isNull());
        assertTrue(body.get("next").isNull());
        assertEquals(6, body.get("total_pages").asInt());
        assertEquals("26", reply.header("X-Total-Count"));
    }
}
