package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.QueryParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatRecordWriterTest {

    private static final RecordShaper SHAPER = new RecordShaper(DateTimeStyle.LEGACY);

    private static FieldSelection select(String query) {
        return new SelectionResolver(ModelFieldsFixture.PARTNERS, 1000).resolve("res.partner", QueryParser.parse(query, SettingDefaults.queryLimits()));
    }

    /** The record written token by token, as bytes. */
    private static String streamed(String record, FieldSelection selection) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonParser in = Json.MAPPER.getFactory().createParser(record); JsonGenerator out = Json.MAPPER.getFactory().createGenerator(bytes)) {
            in.nextToken();
            SHAPER.flatWriter(selection, "web_search_read").write(in, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The record shaped from its tree and written as bytes, as the tree path answers it. */
    private static String shaped(String record, FieldSelection selection) throws Exception {
        return new String(Json.MAPPER.writeValueAsBytes(SHAPER.shape(Json.MAPPER.readTree(record), selection)), StandardCharsets.UTF_8);
    }

    @Test
    void everyRecordIsWrittenAsTheShaperWritesIt() throws Exception {
        List<String> queries = List.of("{id, name, country_id, category_id, child_ids, write_date}", "{name, id}",
                "{write_date, name}", "{country_id}", "{*}", "{child_ids, id, category_id}");
        List<String> records = List.of(
                "{\"id\":9,\"name\":\"Wood Corner\",\"country_id\":233,\"category_id\":[7,6],\"child_ids\":[16,32],\"write_date\":\"2026-11-27 01:47:59\"}",
                "{\"id\":3,\"name\":\"Zo\\u00eb \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\",\"country_id\":[233,\"United States\"],\"write_date\":false}",
                "{\"id\":1,\"country_id\":false,\"category_id\":[],\"child_ids\":[{\"id\":4,\"name\":\"x\"},5,{\"name\":\"no id\"}]}",
                "{\"name\":\"id last\",\"write_date\":\"2026-01-02 03:04:05\",\"id\":7}",
                "{\"id\":2,\"country_id\":[],\"name\":null,\"extra\":{\"a\":[1,2.50,1e3]},\"child_ids\":false}",
                "{\"id\":12345678901,\"name\":\"" + "long ".repeat(5000) + "\",\"country_id\":[12,\"A\",\"b\"],\"write_date\":\"2026\"}",
                "{\"id\":1.5e2,\"name\":0.1,\"country_id\":[[1,2],\"nested\"],\"category_id\":[{\"id\":{\"deep\":true}},-0],"
                        + "\"child_ids\":[99999999999999999999]}");
        for (String query : queries) {
            for (String record : records) {
                assertEquals(shaped(record, select(query)), streamed(record, select(query)), query + " " + record);
            }
        }
    }

    @Test
    void aFieldOdooSendsEarlyWaitsForItsTurn() throws Exception {
        assertEquals("{\"name\":\"a\",\"id\":1}", streamed("{\"id\":1,\"name\":\"a\"}", select("{name, id}")));
        assertEquals("{\"name\":\"a\",\"write_date\":\"2026-11-27-01-47\"}",
                streamed("{\"write_date\":\"2026-11-27 01:47:59\",\"id\":1,\"name\":\"a\"}", select("{name, write_date}")));
    }

    @Test
    void aRecordWithoutIdOrWithAFieldTwiceIsNotOdoosAnswer() {
        assertThrows(GatewayException.class, () -> streamed("{\"name\":\"a\"}", select("{name}")));
        assertThrows(GatewayException.class, () -> streamed("{\"id\":1,\"name\":\"a\",\"name\":\"b\"}", select("{name}")));
        assertThrows(GatewayException.class, () -> streamed("[1]", select("{name}")));
    }

    @Test
    void aSelectionWithSubFieldsIsShapedFromATree() {
        assertTrue(FlatRecordWriter.renders(select("{id, country_id, category_id}")));
        assertTrue(!FlatRecordWriter.renders(select("{id, country_id{name}}")));
    }

    @Test
    void aPageOfAnySizeHoldsAChunkAndOneRecord() throws Exception {
        int records = 50_000;
        InputStream answer = answerOf(records);
        long written = 0;
        int mostHeld = 0;
        try (JsonParser in = Json.MAPPER.getFactory().createParser(answer)) {
            in.nextToken();
            StreamedPage page = new StreamedPage(in, SHAPER.flatWriter(select("{id, name, country_id, write_date}"), "web_search_read"));
            boolean more = true;
            while (more) {
                while (more && page.buffered() < 16 * 1024) {
                    more = page.step();
                }
                mostHeld = Math.max(mostHeld, page.buffered());
                written += page.take().length;
            }
            assertEquals(records, page.count());
            assertEquals(records, page.length());
        }
        assertTrue(written > 4_000_000, "the page is " + written + " bytes");
        assertTrue(mostHeld < 17 * 1024, "at most a chunk and a record are held, not " + mostHeld + " bytes");
    }

    /** web_search_read's result of that many records, made as it is read. */
    private static InputStream answerOf(int records) {
        Iterator<InputStream> parts = new Iterator<>() {
            private int next = -1;

            @Override
            public boolean hasNext() {
                return next <= records;
            }

            @Override
            public InputStream next() {
                String text = next == -1 ? "{\"length\":" + records + ",\"records\":["
                        : next == records ? "]}"
                        : (next > 0 ? "," : "") + "{\"id\":" + next + ",\"name\":\"Partner n\\u00b0 " + next
                        + "\",\"country_id\":[21,\"Belgium\"],\"write_date\":\"2026-11-27 01:47:59\"}";
                next++;
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(enumeration(parts));
    }

    private static java.util.Enumeration<InputStream> enumeration(Iterator<InputStream> parts) {
        return new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return parts.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return parts.next();
            }
        };
    }
}
