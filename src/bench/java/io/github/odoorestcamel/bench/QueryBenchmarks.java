package io.github.odoorestcamel.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.json.JsonBytes;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.FieldSelection;
import io.github.odoorestcamel.read.FlatRecordWriter;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.read.RecordShaper;
import io.github.odoorestcamel.read.SelectionResolver;
import io.github.odoorestcamel.read.Specification;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The gateway's pure work per request, on realistic sizes: parsing a query of 30 fields over 3
 * levels, planning it into an Odoo specification, and shaping 1000 records read with it; and a
 * flat 1000-row page (9 fields, as Odoo writes it) turned into the client's records, from bytes to
 * bytes, once through a tree and once straight from the bytes as a streamed list is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmarks {

    static final String QUERY = "{id, name, email, phone, ref, is_company, active, date, write_date, create_date, "
            + "country_id{id, name, code}, company_id{name}, user_id{name, login}, "
            + "category_id(limit: 5, order: 'name desc'){id, name, color, parent_id{name, color}}, "
            + "child_ids{id, name, email, phone, country_id{name, code}}, parent_id{name, email}}";

    private FieldsSource fields;
    private QueryBlock block;
    private FieldSelection selection;
    private ArrayNode records;
    private final RecordShaper shaper = new RecordShaper(DateTimeStyle.LEGACY);
    private FieldSelection flatSelection;
    private byte[] flatRecords;

    @Setup
    public void setUp() {
        Map<String, ModelFields> models = Map.of(
                "res.partner", ModelFieldsFixture.model("res.partner", "id:integer", "name:char", "email:char", "phone:char", "ref:char",
                        "is_company:boolean", "active:boolean", "date:date", "write_date:datetime", "create_date:datetime",
                        "country_id:many2one:res.country", "company_id:many2one:res.company", "user_id:many2one:res.users",
                        "category_id:many2many:res.partner.category", "child_ids:one2many:res.partner", "parent_id:many2one:res.partner"),
                "res.country", ModelFieldsFixture.model("res.country", "id:integer", "name:char", "code:char"),
                "res.company", ModelFieldsFixture.model("res.company", "id:integer", "name:char"),
                "res.users", ModelFieldsFixture.model("res.users", "id:integer", "name:char", "login:char"),
                "res.partner.category", ModelFieldsFixture.model("res.partner.category", "id:integer", "name:char", "color:integer",
                        "parent_id:many2one:res.partner.category"));
        fields = models::get;
        block = QueryParser.parse(QUERY, SettingDefaults.queryLimits());
        selection = new SelectionResolver(fields, 1000).resolve("res.partner", block);
        records = Json.NODES.arrayNode();
        for (int i = 0; i < 1000; i++) {
            records.add(record(i));
        }
        FieldsSource partners = model -> ModelFieldsFixture.model(model, "id:integer", "name:char", "email:char", "phone:char",
                "is_company:boolean", "country_id:many2one:res.country", "category_id:many2many:res.partner.category",
                "parent_id:many2one:res.partner", "write_date:datetime");
        flatSelection = new SelectionResolver(partners, 1000).resolve("res.partner", QueryParser.parse(
                "{id, name, email, phone, is_company, country_id, category_id, parent_id, write_date}", SettingDefaults.queryLimits()));
        flatRecords = flatPage().getBytes(StandardCharsets.UTF_8);
    }

    /** 1000 records as Odoo's JSON-RPC writes them (Python's separators, fields in the specification's order). */
    private static String flatPage() {
        StringBuilder page = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            page.append(i == 0 ? "" : ", ").append("{\"id\": ").append(i + 1).append(", \"name\": \"Partner number ").append(i)
                    .append("\", \"email\": \"partner").append(i).append("@example.com\", \"phone\": \"+32 2 555 01 ").append(i % 100)
                    .append("\", \"is_company\": ").append(i % 2 == 0).append(", \"country_id\": [21, \"Belgium\"], \"category_id\": [1, 2]")
                    .append(", \"parent_id\": ").append(i % 3 == 0 ? "false" : "[7, \"Parent Company\"]")
                    .append(", \"write_date\": \"2026-11-27 01:47:59\"}");
        }
        return page.append("]").toString();
    }

    @Benchmark
    public QueryBlock parseQuery() {
        return QueryParser.parse(QUERY, SettingDefaults.queryLimits());
    }

    @Benchmark
    public ObjectNode planSpecification() {
        return Specification.of(new SelectionResolver(fields, 1000).resolve("res.partner", block));
    }

    @Benchmark
    public ArrayNode shape1000Records() {
        return shaper.shapeAll(records, selection);
    }

    @Benchmark
    public byte[] flat1000ThroughATree() throws IOException {
        return Json.MAPPER.writeValueAsBytes(shaper.shapeAll(Json.MAPPER.readTree(flatRecords), flatSelection));
    }

    @Benchmark
    public byte[] flat1000StraightFromBytes() throws IOException {
        JsonBytes in = new JsonBytes(new ByteArrayInputStream(flatRecords), 0);
        FlatRecordWriter writer = shaper.flatWriter(flatSelection, "web_search_read");
        ByteSink out = new ByteSink(256 * 1024);
        in.startArray();
        out.write('[');
        for (boolean first = true; in.nextElement(first); first = false) {
            if (!first) {
                out.write(',');
            }
            writer.write(in, out);
        }
        in.endArray();
        out.write(']');
        return out.take();
    }

    private static ObjectNode record(int i) {
        ObjectNode r = Json.NODES.objectNode();
        r.put("id", i).put("name", "Partner " + i).put("email", "p" + i + "@example.com").put("phone", "+32 " + i).put("ref", false)
                .put("is_company", i % 3 == 0).put("active", true).put("date", false)
                .put("write_date", "2026-11-27 01:47:59").put("create_date", "2026-11-27 01:47:17");
        r.putObject("country_id").put("id", 233).put("name", "United States").put("code", "US");
        r.putObject("company_id").put("id", 1).put("name", "YourCompany");
        r.put("user_id", false);
        ArrayNode categories = r.putArray("category_id");
        for (int c = 1; c <= 3; c++) {
            ObjectNode category = categories.addObject().put("id", c).put("name", "Tag " + c).put("color", c);
            category.putObject("parent_id").put("id", 1).put("name", "Vendor").put("color", 2);
        }
        ArrayNode children = r.putArray("child_ids");
        for (int c = 0; c < 2; c++) {
            ObjectNode child = children.addObject().put("id", 5000 + c).put("name", "Child " + c).put("email", "c@example.com")
                    .put("phone", false);
            child.putObject("country_id").put("id", 21).put("name", "Belgium").put("code", "BE");
        }
        r.putObject("parent_id").put("id", 9).put("name", "Wood Corner").put("email", "wood@example.com");
        return r;
    }

}
