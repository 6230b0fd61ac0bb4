package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list written without a tree is the very answer the tree gives: the same status, headers and
 * bytes, for every flat query, page and data shape, on each Odoo version, whether it is sent whole
 * (the default: answers up to 1 MB) or as Odoo's answer arrives (here above 64 KB). Three gateways
 * share one simulated Odoo; one reads every list into a tree ({@code odoo.rest.stream-lists=false}).
 */
class StreamedListsTest {

    private static final String FLAT1000 = "{id,name,email,phone,is_company,country_id,category_id,parent_id,write_date}";
    private static final String EVERY_ID = q("[[\"id\", \">=\", 5000]]");

    private static final List<String> QUERIES = List.of(
            "/api/res.partner/?query=" + q(FLAT1000) + "&limit=1000",
            "/api/res.partner/?query=" + q(FLAT1000) + "&filter=" + EVERY_ID + "&page_size=400&page=2",
            "/api/res.partner/?query=" + q("{name, id}") + "&filter=" + EVERY_ID + "&order=" + q("name desc"),
            "/api/res.partner/?query=" + q("{id, partner_latitude, image_128, comment, ref, type}") + "&filter=" + EVERY_ID,
            "/api/res.partner/?query=" + q("{country_id, parent_id, category_id, child_ids}") + "&page_size=500",
            "/api/res.partner/?query=" + q("{*}") + "&page_size=300&page=2",
            "/api/res.partner/?query=" + q("{name}") + "&page_size=300&page=999",
            "/api/res.partner/?query=" + q("{name}") + "&filter=" + q("[[\"name\", \"=\", \"nobody\"]]"),
            "/api/res.partner/?query=" + q("{id, name}") + "&limit=3",
            "/api/res.partner/?query=" + q("{id, write_date}") + "&page_size=1000&limit=700",
            "/api/res.partner/?query=" + q("{id, name, email}") + "&page_size=700&page=1&context=" + q("{\"lang\": \"fr_FR\"}"));

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 18, 19})
    void aStreamedListIsTheAnswerOfTheTree(int version) {
        RunningGateway streamed = withPartners(version);
        RunningGateway tree = RunningGateway.withSettings("tree-v" + version, version,
                Map.of("odoo.url", streamed.odoo.url(), "odoo.rest.stream-lists", "false"));
        RunningGateway whole = RunningGateway.withSettings("whole-v" + version, version, Map.of("odoo.url", streamed.odoo.url()));
        String treeSession = tree.login("admin");
        for (RunningGateway gateway : List.of(streamed, whole)) {
            String session = gateway.login("admin");
            for (String query : QUERIES) {
                Reply expected = tree.getAs(treeSession, query);
                Reply actual = gateway.getAs(session, query);
                assertEquals(expected.status(), actual.status(), query);
                assertEquals(expected.body(), actual.body(), query);
                for (String header : List.of("X-Total-Count", "Link", "Content-Type", "X-Content-Type-Options")) {
                    assertEquals(expected.header(header), actual.header(header), header + " of " + query);
                }
            }
        }
        assertNotNull(tree.getAs(treeSession, QUERIES.get(0)).header("Content-Length"));
        assertNotNull(whole.getAs(whole.login("admin"), QUERIES.get(0)).header("Content-Length"));
        if (version >= 17) {
            Reply big = streamed.getAs(streamed.login("admin"), QUERIES.get(0));
            assertNull(big.header("Content-Length"), "a large flat page is written as it is read");
        }
    }

    /** A gateway whose Odoo holds 700 more partners of every shape: unicode, long and empty values, floats, links. */
    static RunningGateway withPartners(int version) {
        return withPartners("streamed-v" + version, version, Map.of("odoo.rest.stream-above-bytes", "65536"));
    }

    static RunningGateway withPartners(String name, int version, Map<String, String> settings) {
        RunningGateway gateway = RunningGateway.withSettings(name, version, settings);
        synchronized (gateway) {
            if (gateway.odoo.row("res.partner", 5000) == null) {
                for (int i = 0; i < 700; i++) {
                    gateway.odoo.insert("res.partner", partner(i));
                }
            }
        }
        return gateway;
    }

    private static Map<String, Object> partner(int i) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 5000 + i);
        row.put("active", true);
        row.put("name", i % 7 == 0 ? "Zoë 東京 😀 \"quoted\" \\ back\nslash\t" + i
                : i % 11 == 0 ? "long ".repeat(800) + i : "Partner " + i);
        if (i % 3 != 0) {
            row.put("email", "p" + i + "@example.com");
        }
        if (i % 4 != 0) {
            row.put("country_id", 21);
        }
        if (i % 5 == 0) {
            row.put("category_id", List.of(6, 7));
        }
        if (i % 6 == 0) {
            row.put("parent_id", 9);
        }
        row.put("is_company", i % 2 == 0);
        row.put("partner_latitude", i * 0.1);
        row.put("ref", i % 9 == 0 ? "" : "R" + i);
        row.put("comment", "<p>é " + i + "</p>");
        if (i % 50 == 0) {
            row.put("image_128", "iVBORw0KGgo" + "A".repeat(20_000));
        }
        return row;
    }
}
