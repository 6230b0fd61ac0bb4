package io.github.odoorestcamel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangedValuesTest {

    private static final ModelFields PARTNER = new ModelFields("res.partner", fields(
            new FieldInfo("name", "char", null), new FieldInfo("email", "char", null), new FieldInfo("active", "boolean", null),
            new FieldInfo("partner_latitude", "float", null), new FieldInfo("country_id", "many2one", "res.country"),
            new FieldInfo("category_id", "many2many", "res.partner.category")));
    private static final String RECORD = """
            {"id":7,"name":"Deco","email":false,"active":true,"partner_latitude":1.5,"country_id":[21,"Belgium"],
             "category_id":[1,2]}""";

    private static Map<String, FieldInfo> fields(FieldInfo... infos) {
        Map<String, FieldInfo> map = new LinkedHashMap<>();
        for (FieldInfo info : infos) {
            map.put(info.name(), info);
        }
        return map;
    }

    private static JsonNode json(String text) throws IOException {
        return Json.MAPPER.readTree(text);
    }

    private static ObjectNode changed(String values) throws IOException {
        return ChangedValues.of(json(RECORD), (ObjectNode) json(values), PARTNER);
    }

    @Test
    void valuesTheRecordAlreadyHoldsAreLeftOut() throws IOException {
        assertEquals(json("{}"), changed("""
                {"name":"Deco","email":"","active":true,"partner_latitude":1.50,"country_id":21,
                 "category_id":[[6,0,[2,1]]]}"""));
        assertEquals(json("{}"), changed("""
                {"category_id":[[4,1,0],[3,9,0]]}"""));
    }

    @Test
    void differingValuesAreKept() throws IOException {
        String values = """
                {"name":"Deco 2","email":"d@example.com","active":false,"country_id":75}""";
        assertEquals(json(values), changed(values));
        assertEquals(json("""
                {"country_id":false}"""), changed("""
                {"country_id":false}"""));
        assertEquals(json("""
                {"category_id":[[4,3,0]]}"""), changed("""
                {"category_id":[[4,3,0]]}"""));
        String created = """
                {"category_id":[[0,0,{"name":"New"}]]}""";
        assertEquals(json(created), changed(created));
    }
}
