package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.QueryParser;
import org.junit.jupiter.api.Test;

class RecordShaperTest {

    private static FieldSelection select(String query) {
        return new SelectionResolver(ModelFieldsFixture.PARTNERS, 1000).resolve("res.partner", QueryParser.parse(query, SettingDefaults.queryLimits()));
    }

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void webReadRecordsAreShapedAsTheReferenceRendersThem() throws Exception {
        JsonNode record = json("""
                {"id":9,"name":"Wood Corner","country_id":{"id":233,"name":"United States"},"category_id":[7,6],
                 "child_ids":[{"id":16,"name":"Willie Burke"},{"id":32,"name":"Tom Ruiz"},{"id":17}],
                 "write_date":"2026-11-27 01:47:59"}""");
        JsonNode shaped = new RecordShaper(DateTimeStyle.LEGACY).shape(record,
                select("{name, country_id{name}, category_id, child_ids(limit:2){name}, write_date}"));
        assertEquals(json("""
                {"name":"Wood Corner","country_id":{"name":"United States"},"category_id":[7,6],
                 "child_ids":[{"name":"Willie Burke"},{"name":"Tom Ruiz"}],"write_date":"2026-11-27-01-47"}"""), shaped);
    }

    @Test
    void classicReadValuesAndEmptyRelationsAreNormalised() throws Exception {
        JsonNode record = json("{\"id\":3,\"name\":\"Mitchell Admin\",\"country_id\":[233,\"United States\"],\"write_date\":false}");
        assertEquals(json("{\"id\":3,\"country_id\":233,\"write_date\":false}"),
                new RecordShaper(DateTimeStyle.LEGACY).shape(record, select("{id, country_id, write_date}")));
        JsonNode empty = json("{\"id\":1,\"country_id\":false,\"child_ids\":[]}");
        assertEquals(json("{\"country_id\":false,\"child_ids\":[]}"),
                new RecordShaper(DateTimeStyle.LEGACY).shape(empty, select("{country_id{name}, child_ids{name}}")));
    }

    @Test
    void datetimeStyles() {
        assertEquals("2026-11-27-01-47", DateTimeStyle.LEGACY.render("2026-11-27 01:47:59"));
        assertEquals("2026-11-27 01:47:59", DateTimeStyle.ODOO.render("2026-11-27 01:47:59"));
        assertEquals("2026-11-27T01:47:59Z", DateTimeStyle.ISO8601.render("2026-11-27 01:47:59"));
        assertEquals(DateTimeStyle.ISO8601, DateTimeStyle.of(" iso8601 "));
    }
}
