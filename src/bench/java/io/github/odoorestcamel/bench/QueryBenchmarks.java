package io.github.odoorestcamel.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.FieldSelection;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.read.RecordShaper;
import io.github.odoorestcamel.read.SelectionResolver;
import io.github.odoorestcamel.read.Specification;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;
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
 * levels, planning it into an Odoo specification, and shaping 1000 records read with it.
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
