package io.github.odoorestcamel.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CannedOdooTest {

    @Test
    void aModelMethodIsAnsweredFromTheFileOfThatModelAndMethod() {
        assertEquals("res.partner.web_read", CannedOdoo.answerName("/web/dataset/call_kw/res.partner/web_read"));
        assertEquals("res.partner.category.fields_get", CannedOdoo.answerName("/web/dataset/call_kw/res.partner.category/fields_get"));
    }

    @Test
    void aSessionOrVersionCallIsAnsweredFromTheFileOfItsLastPathPart() {
        assertEquals("version_info", CannedOdoo.answerName("/web/webclient/version_info"));
        assertEquals("get_session_info", CannedOdoo.answerName("/web/session/get_session_info"));
    }

    @Test
    void everyCallOfTheSyntheticReadsHasARecordedResult() throws Exception {
        for (String name : List.of("version_info", "get_session_info", "res.partner.fields_get", "res.country.fields_get",
                "res.partner.category.fields_get", "res.partner.web_read", "res.partner.web_search_read")) {
            try (InputStream in = CannedOdoo.class.getResourceAsStream("/warm-up/" + name + ".json")) {
                assertNotNull(in, name);
                JsonNode answer = Json.MAPPER.readTree(in);
                assertTrue(answer.has("result"), name);
            }
        }
    }
}
