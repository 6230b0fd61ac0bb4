package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarriedFieldsTest {

    private static final CarriedFields PARTNER = new CarriedFields(new ModelFields("res.partner", Map.of(
            "name", new FieldInfo("name", "char", null),
            "country_id", new FieldInfo("country_id", "many2one", "res.country"),
            "image_128", new FieldInfo("image_128", "binary", null),
            "display_name", new FieldInfo("display_name", "char", null, "Display Name", false, false, true, List.of()))));

    @Test
    void storedFieldsAreCarriedButNotBinaryOrComputedOnes() {
        assertTrue(PARTNER.carries("name"));
        assertTrue(PARTNER.carries("country_id"));
        assertFalse(PARTNER.carries("image_128"));
        assertFalse(PARTNER.carries("display_name"));
        assertFalse(PARTNER.carries("no_such_field"));
    }

    @Test
    void aRecordKeepsItsIdAndCarriedFieldsInItsOrder() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", 14);
        record.put("display_name", "Azure Interior");
        record.put("country_id", 233);
        record.put("image_128", "iVBORw0");
        record.put("name", "Azure Interior");
        assertEquals(List.of("id", "country_id", "name"), List.copyOf(PARTNER.of(record).keySet()));
        assertEquals("many2one", PARTNER.type("country_id"));
    }
}
