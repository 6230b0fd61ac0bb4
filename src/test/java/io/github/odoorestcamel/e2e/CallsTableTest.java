package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.RecordedCall;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table "Odoo calls per request" is what the gateway does: each row's request is sent,
 * with warm caches, to Odoo 17 and to Odoo 16, and the methods Odoo received are those of the row.
 */
class CallsTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) ([^`]+)`[^|]*\\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern METHOD = Pattern.compile("`([a-z_]+)`");

    /** The body each written request of the table sends. */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/res.partner.category/", "{\"params\": {\"data\": {\"name\": \"Counted\"}}}",
            "PUT /api/res.partner.category/{id}/", "{\"params\": {\"data\": {\"name\": \"Counted again\"}}}",
            "PUT /api/res.partner.category/", "{\"params\": {\"filter\": [[\"name\", \"=like\", \"Counted%\"]], \"data\": {\"color\": 3}}}",
            "POST /object/res.partner/name_search", "{\"params\": {\"args\": [\"Deco\"]}}");

    private record Row(String verb, String target, List<String> odoo17, List<String> odoo16) {
    }

    @Test
    void everyRowIsWhatOdooReceives() throws IOException {
        List<Row> rows = table();
        assertTrue(rows.size() >= 10, "the table is read: " + rows);
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : rows) {
            List<String> on17 = warmCalls(RunningGateway.odoo(17), row);
            List<String> on16 = warmCalls(RunningGateway.odoo(16), row);
            if (!on17.equals(row.odoo17()) || !on16.equals(row.odoo16())) {
                wrong.put(row.verb() + " " + row.target(), "Odoo 17 " + on17 + ", Odoo 16 " + on16);
            }
        }
        assertEquals(Map.of(), wrong, "rows of the README's table that differ from the calls Odoo received");
    }

    /** The methods Odoo receives for the row's request once the caches are warm (a first identical request, or a read of the model). */
    private static List<String> warmCalls(RunningGateway gateway, Row row) {
        String session = gateway.login("admin");
        String model = row.target().replaceFirst("^/(api|object)/([a-z.]+)/.*", "$2");
        String id = String.valueOf(row.target().contains("{id}") ? idFor(gateway, model) : 0);
        String target = encode(row.target().replace("{id}", id));
        String body = BODIES.get(row.verb() + " " + row.target());
        if (row.verb().equals("GET")) {
            gateway.getAs(session, target);
        } else {
            gateway.getAs(session, "/api/" + model + "/?query=%7Bid%7D&limit=1");
        }
        gateway.odoo.resetCalls();
        Reply reply = gateway.send(row.verb(), target, body, "Cookie", "session_id=" + session);
        assertTrue(reply.status() < 300, row + " answered " + reply.status() + ": " + reply.body());
        return gateway.odoo.calls().stream().map(RecordedCall::method).toList();
    }

    /** A record to read or write: a partner with an image, or a new tag to change or delete. */
    private static int idFor(RunningGateway gateway, String model) {
        return model.equals("res.partner") ? 10 : gateway.odoo.insert(model, Map.of("name", "Counted tag"));
    }

    /** The target with its query string's values percent-encoded, as a client sends them. */
    private static String encode(String target) {
        int question = target.indexOf('?');
        if (question < 0) {
            return target;
        }
        return target.substring(0, question + 1) + Arrays.stream(target.substring(question + 1).split("&"))
                .map(pair -> pair.substring(0, pair.indexOf('=') + 1)
                        + URLEncoder.encode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Odoo calls per request (warm caches)");
        assertTrue(start >= 0, "the README has the table");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Row(row.group(1), row.group(2), methods(row.group(3)), methods(row.group(4))));
            }
        }
        return rows;
    }

    private static List<String> methods(String cell) {
        List<String> methods = new ArrayList<>();
        Matcher method = METHOD.matcher(cell);
        while (method.find()) {
            methods.add(method.group(1));
        }
        return methods;
    }
}
