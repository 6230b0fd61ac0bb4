package io.github.odoorestcamel.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.json.JsonBytes;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.FieldSelection;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.read.RecordShaper;
import io.github.odoorestcamel.read.SelectionResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Any bytes as a record of Odoo's answer: written straight from the bytes, they give exactly what
 * the tree gives, or both fail. Passed over, as Odoo's answers cannot hold them: bytes that are not
 * UTF-8 (Odoo encodes Python strings; the parser reads bad bytes in names leniently), and objects
 * that repeat a name (a tree keeps one of them; Odoo's answers are made from Python dicts). Without
 * JAZZER_FUZZ set, the saved corpus in src/test/resources replays as a regression test.
 */
class FlatRecordFuzzTest {

    private static final RecordShaper SHAPER = new RecordShaper(DateTimeStyle.ISO8601);
    private static final FieldSelection SELECTION = new SelectionResolver(ModelFieldsFixture.PARTNERS, 1000).resolve("res.partner",
            QueryParser.parse("{name, id, country_id, category_id, child_ids, write_date}", SettingDefaults.queryLimits()));
    private static final ObjectMapper STRICT = Json.MAPPER.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @FuzzTest(maxDuration = "60s")
    void aRecordIsWrittenFromItsBytesAsFromItsTree(byte[] record) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(record));
        } catch (CharacterCodingException notUtf8) {
            return;
        }
        String fromTree;
        try {
            STRICT.readTree(record);
            JsonNode tree = Json.MAPPER.readTree(record);
            // as a list read through a tree checks its records: objects with an id
            fromTree = tree == null || !tree.isObject() || !tree.has("id") ? null
                    : Arrays.toString(Json.MAPPER.writeValueAsBytes(SHAPER.shape(tree, SELECTION)));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                return;
            }
            fromTree = null;
        } catch (GatewayException e) {
            fromTree = null;
        }
        String fromBytes;
        try {
            ByteSink out = new ByteSink(64);
            SHAPER.flatWriter(SELECTION, "web_search_read").write(new JsonBytes(new ByteArrayInputStream(record), 0), out);
            fromBytes = Arrays.toString(out.take());
        } catch (IOException | GatewayException e) {
            fromBytes = null;
        }
        assertEquals(fromTree, fromBytes, () -> new String(record, StandardCharsets.ISO_8859_1));
    }
}
