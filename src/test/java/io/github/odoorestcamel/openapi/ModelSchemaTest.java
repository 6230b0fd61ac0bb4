package io.github.odoorestcamel.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.FieldsGet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelSchemaTest {

    /** A fields_get answer in Odoo's shape, with the attributes the document asks for. */
    private static final String FIELDS = """
            {"name": {"type": "char", "string": "Name", "required": true, "readonly": false},
             "email": {"type": "char", "string": "Email", "required": false, "readonly": false},
             "color": {"type": "integer", "string": "Color", "required": false, "readonly": false},
             "type": {"type": "selection", "string": "Address Type", "required": false, "readonly": false,
                      "selection": [["contact", "Contact"], ["invoice", "Invoice Address"]]},
             "state": {"type": "selection", "string": "State", "required": true, "readonly": false,
                       "selection": [["draft", "Draft"], ["done", "Done"]]},
             "country_id": {"type": "many2one", "relation": "res.country", "string": "Country", "required": false, "readonly": false},
             "category_id": {"type": "many2many", "relation": "res.partner.category", "string": "Tags", "required": false, "readonly": false},
             "write_date": {"type": "datetime", "string": "Last Updated on", "required": false, "readonly": true},
             "birthday": {"type": "date", "string": "Birthday", "required": false, "readonly": false},
             "image_128": {"type": "binary", "string": "Image", "required": false, "readonly": true},
             "properties": {"type": "properties", "string": "Properties", "required": false, "readonly": false}}
            """;

    private static JsonNode schema(Set<String> documented) throws Exception {
        return ModelSchema.of(FieldsGet.parse("res.partner", Json.MAPPER.readTree(FIELDS)), documented);
    }

    @Test
    void typesFollowWhatTheGatewaySends() throws Exception {
        JsonNode properties = schema(Set.of("res.partner")).get("properties");
        assertEquals("string", properties.at("/name/type").asText());
        assertEquals("[\"string\",\"boolean\"]", properties.at("/email/type").toString(), "false when empty");
        assertEquals("integer", properties.at("/color/type").asText(), "an empty integer is 0, never false");
        assertEquals("date", properties.at("/birthday/format").asText());
        assertEquals("base64", properties.at("/image_128/contentEncoding").asText());
        assertFalse(properties.get("properties").has("type"), "an unknown type is left open");
        assertEquals("Address Type", properties.at("/type/title").asText());
    }

    @Test
    void requiredAndReadonlyComeFromOdoo() throws Exception {
        JsonNode schema = schema(Set.of("res.partner"));
        assertEquals("[\"name\",\"state\"]", schema.get("required").toString());
        assertTrue(schema.at("/properties/write_date/readOnly").asBoolean());
        assertTrue(schema.at("/properties/id/readOnly").asBoolean());
        assertFalse(schema.at("/properties/name").has("readOnly"));
    }

    @Test
    void selectionValuesAreAnEnumWithFalseWhenOptional() throws Exception {
        JsonNode properties = schema(Set.of("res.partner")).get("properties");
        assertEquals("[\"contact\",\"invoice\",false]", properties.at("/type/enum").toString());
        assertEquals("[\"draft\",\"done\"]", properties.at("/state/enum").toString());
    }

    @Test
    void relationsAreIdsOrARefToADocumentedModel() throws Exception {
        JsonNode withCountry = schema(Set.of("res.partner", "res.country")).get("properties");
        assertEquals("#/components/schemas/res.country", withCountry.at("/country_id/anyOf/1/$ref").asText());
        assertEquals("integer", withCountry.at("/country_id/anyOf/0/type").asText());
        assertEquals("false", withCountry.at("/country_id/anyOf/2/const").toString());
        assertEquals("array", withCountry.at("/category_id/type").asText());
        assertEquals("object", withCountry.at("/category_id/items/anyOf/1/type").asText(), "res.partner.category is not in the document");
        JsonNode alone = schema(Set.of("res.partner")).get("properties");
        assertEquals("object", alone.at("/country_id/anyOf/1/type").asText());
    }
}
