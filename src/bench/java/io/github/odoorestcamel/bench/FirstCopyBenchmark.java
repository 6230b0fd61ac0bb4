package io.github.odoorestcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.component.odoo.OdooComponent;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A first full copy at scale: {@code -Dbench.copy.rows} partners (default 200 000, 12 fields) in
 * the Odoo simulator, whose tables are indexed by id only, as Odoo's are. For each page size of
 * {@code -Dbench.copy.batch} (default 200,1000) it times
 * <ul>
 *   <li>the plain work: a keyset-paged {@code search_read} of the same fields ({@code id > last}, by id);</li>
 *   <li>the {@code odoo:} consumer's first copy ({@code since=beginning}, {@code batch=true}, as the mirror
 *       reads), until its route has received every row, and the Odoo calls it made per page;</li>
 *   <li>the way a first copy read before the walk by id, on its first pages only (each sorts the
 *       whole table by write_date): a search of ids and write dates by {@code write_date, id}, the
 *       same within the page's last second when one second fills it, then the bodies.</li>
 * </ul>
 * and prints the ratios to the plain work. Results are appended to {@code target/bench-results.txt}.
 */
public final class FirstCopyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "{id,name,email,phone,is_company,active,country_id,parent_id,category_id,ref,type,write_date}";
    private static final List<String> FIELDS = List.of("id", "name", "email", "phone", "is_company", "active", "country_id",
            "parent_id", "category_id", "ref", "type", "write_date");
    private static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Pages of the former first copy that are timed: each sorts the whole table, so all of them would take minutes. */
    private static final int FORMER_PAGES = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = new ArrayList<>();
    private OdooSimulator odoo;
    private String session;

    public static void main(String[] args) throws Exception {
        new FirstCopyBenchmark().run(Integer.parseInt(option("bench.copy.rows", "200000")),
                Arrays.stream(option("bench.copy.batch", "200,1000").split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray());
        System.exit(0);
    }

    private static String option(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private void run(int rows, int[] batches) throws Exception {
        odoo = new OdooSimulator(17).start();
        try {
            addPartners(rows);
            session = odoo.openSession("admin");
            line("");
            line("# first full copy of %d partners (%d fields) from the Odoo simulator (indexed by id only), %d cores, load average %s",
                    rows, FIELDS.size(), Runtime.getRuntime().availableProcessors(), loadAverage());
            line("%-6s | %10s | %10s %7s %10s | %14s %7s", "batch", "keyset s", "consumer s", "ratio", "calls/page", "former ms/page",
                    "ratio");
            for (int batch : batches) {
                keysetCopy(rows, batch);
                double keyset = keysetCopy(rows, batch);
                odoo.resetCalls();
                double consumer = consumerCopy(odoo.rows("res.partner").size(), batch);
                double pages = Math.ceil(rows / (double) batch);
                double calls = odoo.calls().size() / pages;
                double former = formerPages(batch);
                double keysetPerPage = keyset * 1000 / pages;
                line("%-6d | %10.2f | %10.2f %6.2fx %10.2f | %14.1f %6.1fx", batch, keyset, consumer, consumer / keyset, calls, former,
                        former / keysetPerPage);
            }
            line("keyset: search_read of the same fields by id > last, ordered by id; consumer: odoo: since=beginning batch=true,"
                    + " from its route's start in a started Camel until its route received every row; calls/page: every Odoo call of the copy over ceil(rows / batch); former: the"
                    + " write_date-ordered scan and body read of the first %d pages, per page, against keyset's time per page",
                    FORMER_PAGES);
            Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } finally {
            odoo.close();
        }
    }

    private void addPartners(int rows) {
        LocalDateTime imported = LocalDateTime.ofInstant(Instant.now().minusSeconds(86_400), ZoneOffset.UTC);
        for (int i = 0; i < rows; i++) {
            // an import stamps about a thousand records per second
            String stamp = ODOO.format(imported.plusSeconds(i / 1000));
            Map<String, Object> row = new HashMap<>();
            row.put("id", 100_000 + i);
            row.put("name", "Copied partner " + i);
            row.put("email", "copied" + i + "@example.com");
            row.put("phone", "+1 555 " + (1000 + i % 9000));
            row.put("is_company", i % 5 == 0);
            row.put("active", i % 50 != 0);
            row.put("country_id", i % 2 == 0 ? 233 : 21);
            row.put("parent_id", 9 + i % 7);
            row.put("category_id", new ArrayList<>(List.of(1 + i % 7)));
            row.put("ref", "R" + i);
            row.put("type", "contact");
            row.put("create_date", stamp);
            row.put("write_date", stamp);
            odoo.insert("res.partner", row);
        }
    }

    /** Seconds to read every row by keyset pages of search_read. */
    private double keysetCopy(int rows, int batch) throws Exception {
        long start = System.nanoTime();
        long last = 0;
        int read = 0;
        while (true) {
            ArrayNode domain = JSON.createArrayNode();
            domain.addArray().add("id").add(">").add(last);
            ObjectNode kwargs = JSON.createObjectNode();
            kwargs.set("fields", JSON.valueToTree(FIELDS));
            kwargs.put("order", "id");
            kwargs.put("limit", batch);
            kwargs.putObject("context").put("active_test", false);
            JsonNode page = call("search_read", JSON.createArrayNode().add(domain), kwargs);
            if (page.isEmpty()) {
                break;
            }
            read += page.size();
            last = page.get(page.size() - 1).path("id").asLong();
        }
        check(rows, read, "keyset");
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds from the start of a consumer's route (in a started Camel) to the last row of its first copy received. */
    private double consumerCopy(int rows, int batch) throws Exception {
        Path state = Files.createTempDirectory("first-copy");
        CamelContext context = new DefaultCamelContext();
        // a Camel application of its own, as a user's, with the component configured on it
        OdooComponent component = new OdooComponent();
        component.setUrl(odoo.url());
        component.setDatabase("odoo");
        component.setLogin("admin");
        component.setApiKey(OdooSimulator.ADMIN_API_KEY);
        component.setStateDirectory(state.toString());
        context.addComponent("odoo", component);
        AtomicLong received = new AtomicLong();
        CountDownLatch copied = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("odoo:res.partner?since=beginning&includeArchived=true&batch=true&initialDelay=0&delay=600000&batchSize=" + batch
                        + "&query=RAW(" + QUERY + ")").routeId("copy").autoStartup(false).process(exchange -> {
                            if (received.addAndGet(exchange.getIn().getBody(List.class).size()) >= rows) {
                                copied.countDown();
                            }
                        });
            }
        });
        // Camel's own start is not part of the copy
        context.start();
        long start = System.nanoTime();
        context.getRouteController().startRoute("copy");
        try {
            if (!copied.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the consumer copied " + received.get() + " of " + rows + " rows");
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            context.stop();
        }
    }

    /** Milliseconds per page of the first copy as it read before the walk by id: its first pages. */
    private double formerPages(int batch) throws Exception {
        long start = System.nanoTime();
        String second = "1970-01-01 00:00:00";
        long id = 0;
        for (int page = 0; page < FORMER_PAGES; page++) {
            ArrayNode after = JSON.createArrayNode();
            after.add("&").addArray().add("write_date").add(">=").add(second);
            after.add("|").addArray().add("write_date").add(">").add(second);
            after.addArray().add("id").add(">").add(id);
            JsonNode changes = changes(after, "write_date asc, id asc", batch);
            String lastSecond = changes.get(changes.size() - 1).path("write_date").asText();
            if (changes.get(0).path("write_date").asText().equals(lastSecond)) {
                ArrayNode within = JSON.createArrayNode();
                within.addArray().add("write_date").add(">=").add(lastSecond);
                within.addArray().add("write_date").add("<=").add(lastSecond);
                within.addArray().add("id").add(">").add(lastSecond.equals(second) ? id : 0);
                changes = changes(within, "id asc", batch);
            }
            ArrayNode ids = JSON.createArrayNode();
            changes.forEach(change -> ids.add(change.path("id")));
            ArrayNode byIds = JSON.createArrayNode();
            byIds.addArray().add("id").add("in").add(ids);
            ObjectNode kwargs = JSON.createObjectNode();
            kwargs.set("domain", byIds);
            ObjectNode specification = kwargs.putObject("specification");
            FIELDS.forEach(field -> specification.putObject(field));
            kwargs.put("limit", batch + 1);
            kwargs.putObject("context").put("active_test", false);
            call("web_search_read", JSON.createArrayNode(), kwargs);
            JsonNode last = changes.get(changes.size() - 1);
            second = last.path("write_date").asText();
            id = last.path("id").asLong();
        }
        return (System.nanoTime() - start) / 1e6 / FORMER_PAGES;
    }

    private JsonNode changes(ArrayNode domain, String order, int batch) throws Exception {
        ObjectNode kwargs = JSON.createObjectNode();
        kwargs.set("fields", JSON.valueToTree(List.of("id", "create_date", "write_date")));
        kwargs.put("order", order);
        kwargs.put("limit", batch);
        kwargs.putObject("context").put("active_test", false);
        return call("search_read", JSON.createArrayNode().add(domain), kwargs);
    }

    private JsonNode call(String method, ArrayNode args, ObjectNode kwargs) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "call").put("id", 1);
        body.putObject("params").put("model", "res.partner").put("method", method).<ObjectNode>set("args", args).set("kwargs", kwargs);
        HttpRequest request = HttpRequest.newBuilder(URI.create(odoo.url() + "/web/dataset/call_kw/res.partner/" + method))
                .header("Content-Type", "application/json").header("Cookie", "session_id=" + session)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        JsonNode answer = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        if (!answer.has("result")) {
            throw new IllegalStateException(method + " failed: " + answer);
        }
        return answer.get("result");
    }

    private static void check(int expected, int read, String what) {
        if (read < expected) {
            throw new IllegalStateException(what + " read " + read + " of " + expected + " rows");
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }
}
