package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.json.JsonBytes;
import io.github.odoorestcamel.json.PushbackBytes;
import io.github.odoorestcamel.query.QueryParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    /** The record written straight from its bytes. */
    private static String streamed(String record, FieldSelection selection) throws Exception {
        String whole = streamed(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)), selection);
        // the same record arriving a few bytes at a time: every value may straddle a read
        assertEquals(whole, streamed(new Trickle(record.getBytes(StandardCharsets.UTF_8), record.hashCode()), selection), record);
        return whole;
    }

    private static String streamed(InputStream bytes, FieldSelection selection) throws IOException {
        ByteSink out = new ByteSink(64);
        JsonBytes in = new JsonBytes(bytes, 0);
        SHAPER.flatWriter(selection, "web_search_read").write(in, out);
        assertEquals(-1, in.peek(), "the record was read to its end");
        return new String(out.take(), StandardCharsets.UTF_8);
    }

    /** Bytes given one to five at a time. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final java.util.Random sizes;
        private int position;

        Trickle(byte[] bytes, long seed) {
            this.bytes = bytes;
            this.sizes = new java.util.Random(seed);
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + sizes.nextInt(5)), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
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
    void randomRecordsAreWrittenAsTheShaperWritesThem() throws Exception {
        java.util.Random random = new java.util.Random(20261206);
        List<String> queries = List.of("{id, name, country_id, category_id, child_ids, write_date}", "{write_date, id}",
                "{category_id, name}", "{*}");
        for (int i = 0; i < 3000; i++) {
            String record = RandomJson.record(random);
            for (String query : queries) {
                FieldSelection selection = select(query);
                assertEquals(shaped(record, selection), streamed(record, selection), query + " " + record);
            }
        }
    }

    @Test
    void theParserGoesOnAfterTheRecords() throws Exception {
        String answer = "{\"jsonrpc\": \"2.0\", \"result\": {\"records\": [{\"id\": 1, \"name\": \"a\"} , {\"id\": 2}\n] ,"
                + " \"length\": 7, \"other\": [1, {\"x\": 2}]}, \"id\": 3}";
        PushbackBytes input = new PushbackBytes(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        try (JsonParser in = Json.MAPPER.getFactory().createParser(input)) {
            assertEquals(JsonToken.START_OBJECT, in.nextToken());
            assertEquals("jsonrpc", in.nextFieldName());
            in.nextToken();
            assertEquals("result", in.nextFieldName());
            in.nextToken();
            StreamedPage page = new StreamedPage(in, () -> input.takeBack(in), SHAPER.flatWriter(select("{name, id}"), "web_search_read"));
            while (page.step()) {
                assertTrue(page.count() > 0);
            }
            assertEquals(2, page.count());
            assertEquals(7, page.length());
            assertEquals("[{\"name\":\"a\",\"id\":1},{\"id\":2}]", new String(page.take(), StandardCharsets.UTF_8));
            assertEquals(JsonToken.END_OBJECT, in.currentToken());
            assertEquals("id", in.nextFieldName());
            assertEquals(3, in.nextIntValue(0));
            assertEquals(JsonToken.END_OBJECT, in.nextToken());
            assertEquals(null, in.nextToken());
        }
    }

    @Test
    void aRecordThatIsNotJsonFailsAsTheParserFails() {
        FieldSelection selection = select("{id, name, country_id, category_id, write_date}");
        for (String record : List.of("{\"id\":1,\"name\":\"a}", "{\"id\":01}", "{\"id\":1,}", "{\"id\":1 \"name\":2}",
                "{\"id\":tru}", "{\"id\":1,\"name\":\"\u0001\"}", "{\"id\":1,\"name\":\"\\x\"}", "{\"id\":-}",
                "{\"id\":1.}", "{\"id\":1e}", "{\"id\":[1,2}", "{\"id\":1,\"country_id\":[3,\"x\"", "{id:1}",
                "{\"id\":1,\"write_date\":\"2026\\u12\"}", "{\"id\":" + "[".repeat(80) + "]".repeat(80) + "}")) {
            assertThrows(IOException.class, () -> Json.MAPPER.readTree(record), record);
            assertThrows(IOException.class, () -> streamed(record, selection), record);
        }
    }

    @Test
    void datetimesAreRenderedInEachStyleAsTheTreeRendersThem() throws Exception {
        FieldSelection selection = select("{id, write_date}");
        List<String> values = List.of("\"2026-11-27 01:47:59\"", "\"2026-11-27 01:47:59.123456\"", "\"2026-11-27 01:47:5\"", "\"\"",
                "\"2026-11-27T01:47:59\"", "\"2026-11-27 01:47:59\\n\"", "\"2026-11-27 \\u00e901:47:59\"", "\"2026-11-27 01:4\u00e9:59\"",
                "\"2026-11-27 01:47:59\\\"\"", "\"2026-11-27 01:47:59 \\/ x\"", "false", "null", "7");
        for (DateTimeStyle style : DateTimeStyle.values()) {
            RecordShaper shaper = new RecordShaper(style);
            for (String value : values) {
                String record = "{\"id\":1,\"write_date\":" + value + "}";
                String tree = new String(Json.MAPPER.writeValueAsBytes(shaper.shape(Json.MAPPER.readTree(record), selection)),
                        StandardCharsets.UTF_8);
                assertEquals(tree, streamedIn(style, record, selection), style + " " + value);
            }
        }
        assertEquals("{\"id\":1,\"write_date\":\"2026-11-27T01:47:59Z\"}", streamedIn(DateTimeStyle.ISO8601,
                "{\"id\":1,\"write_date\":\"2026-11-27 01:47:59\"}", selection));
    }

    /** The record written straight from its bytes in that style, the same when they arrive a few at a time. */
    private static String streamedIn(DateTimeStyle style, String record, FieldSelection selection) throws IOException {
        byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
        ByteSink out = new ByteSink(64);
        new RecordShaper(style).flatWriter(selection, "web_search_read").write(new JsonBytes(new ByteArrayInputStream(bytes), 0), out);
        String whole = new String(out.take(), StandardCharsets.UTF_8);
        new RecordShaper(style).flatWriter(selection, "web_search_read").write(new JsonBytes(new Trickle(bytes, record.hashCode()), 0), out);
        assertEquals(whole, new String(out.take(), StandardCharsets.UTF_8), "a few bytes at a time: " + record);
        return whole;
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
        // an id given again once every selected field is written
        assertThrows(GatewayException.class, () -> streamed("{\"name\":\"a\",\"id\":1,\"id\":2}", select("{name, id}")));
        assertThrows(GatewayException.class, () -> streamed("{\"id\":1,\"id\":2}", select("{id}")));
    }

    @Test
    void whatATreeWouldChangeAndOdooNeverSendsFailsRatherThanDiffer() {
        FieldSelection selection = select("{id, country_id, category_id}");
        for (String record : List.of("{\"id\":1,\"country_id\":[{\"a\":1,\"a\":[]},\"x\"]}",
                "{\"id\":1,\"category_id\":[[{\"b\":{\"a\":1,\"\\u0061\":2}}]]}",
                "{\"id\":1,\"country_id\":[\"\u00f0\u008f\u00bf\u00bf\",\"x\"]}")) {
            // each character one byte: the last record holds F0 8F BF BF, an overlong sequence for U+FFFF
            assertThrows(IOException.class, () -> streamed(new ByteArrayInputStream(record.getBytes(StandardCharsets.ISO_8859_1)),
                    selection), record);
        }
    }

    @Test
    void theParsersLimitsAreKept() throws Exception {
        FieldSelection selection = select("{id, country_id}");
        String digits = "7".repeat(1000);
        for (String value : List.of("-" + digits, "-" + digits.substring(3) + ".5e+1", digits)) {
            String record = "{\"id\":" + value + ",\"country_id\":1}";
            assertEquals(shaped(record, selection), streamed(record, selection), value.length() + " characters");
        }
        for (String record : List.of("{\"id\":" + digits + "7}", "{\"id\":1,\"country_id\":[{\"" + "n".repeat(50_001) + "\":1}]}",
                "{\"id\":1,\"" + "n".repeat(50_001) + "\":1}")) {
            assertThrows(IOException.class, () -> Json.MAPPER.readTree(record));
            assertThrows(IOException.class, () -> streamed(record, selection));
        }
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
        PushbackBytes input = new PushbackBytes(answer);
        try (JsonParser in = Json.MAPPER.getFactory().createParser(input)) {
            in.nextToken();
            StreamedPage page = new StreamedPage(in, () -> input.takeBack(in),
                    SHAPER.flatWriter(select("{id, name, country_id, write_date}"), "web_search_read"));
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
