package io.github.odoorestcamel.bench;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark: the same requests, at the same concurrency, sent to the upstream directly
 * (the JSON-RPC call the gateway makes) and through the gateway (started as its own process with
 * a 256 MB heap), in one run against the same upstream. Prints p50, p99 and requests/s of each,
 * the ratio gateway/direct, the gateway's own overhead at a fixed 500 requests/s, its heap and its
 * start time, and which targets are met.
 *
 * <p>Upstream: the Odoo simulator behind a replaying stand-in (default), or a real Odoo with
 * {@code -Dbench.odoo.url=… -Dbench.odoo.db=… -Dbench.odoo.login=… -Dbench.odoo.password=…}.
 * {@code -Dbench.gateway.jvm="…"} adds JVM options to the gateway (e.g. a JFR recording);
 * {@code -Dbench.scenarios=nested80,single} and {@code -Dbench.concurrency=1,8} narrow a run;
 * {@code -Dbench.gateway-warmup=60} is how long the gateway's JIT is warmed before anything is measured;
 * {@code -Dbench.upstream-latency-ms=15} makes the stand-in answer after Odoo's own time (transcripts'
 * timings: 13–20 ms for an 80-row search_read), instead of at once.
 */
public final class LoadBenchmark {

    private record Scenario(String name, String method, int gatewayStatus, Supplier<HttpRequest.Builder> gateway) {
    }

    private static int[] concurrencies() {
        return java.util.Arrays.stream(System.getProperty("bench.concurrency", "1,8,64").split(",")).mapToInt(Integer::parseInt).toArray();
    }
    private static final int FIXED_RATE = 500;

    private final List<String> report = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 2));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
        String realOdoo = System.getProperty("bench.odoo.url");
        OdooSimulator simulator = null;
        String upstreamUrl = realOdoo;
        if (realOdoo == null) {
            simulator = new OdooSimulator(17).start();
            addPartners(simulator, 1100);
            upstreamUrl = simulator.url();
        }
        String db = System.getProperty("bench.odoo.db", "odoo");
        long latency = Long.getLong("bench.upstream-latency-ms", 0);
        try (RecordedOdoo upstream = new RecordedOdoo(upstreamUrl, realOdoo == null, latency)) {
            int port = freePort();
            long started = System.nanoTime();
            Process gateway = startGateway(upstream.url(), db, port);
            try {
                String base = "http://127.0.0.1:" + port;
                long startMillis = awaitFirstAnswer(base, started);
                String session = login(base, db);
                line("# odoo-rest-camel load benchmark — %s, %d cores, %s, upstream: %s", LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                        realOdoo == null ? "Odoo simulator behind a replaying stand-in"
                                + (latency > 0 ? " answering after " + latency + " ms (Odoo's own time)" : " answering at once") : realOdoo);
                line("%-10s %5s | %9s %9s %9s | %9s %9s %9s | %6s", "request", "conc", "direct50", "direct99", "direct/s",
                        "gw50", "gw99", "gw/s", "ratio");
                Duration jit = Duration.ofSeconds(Long.getLong("bench.gateway-warmup", 60));
                for (Scenario scenario : scenarios(base, session)) {
                    new LoadRun().closedLoop(() -> scenario.gateway().get().build(), scenario.gatewayStatus(), 8,
                            jit.dividedBy(4), Duration.ofMillis(100));
                }
                double worstRatio = Double.MAX_VALUE;
                double floor50 = Double.NaN;
                double floor99 = Double.NaN;
                List<String> only = List.of(System.getProperty("bench.scenarios", "nested80,single,flat1000,create").split(","));
                for (Scenario scenario : scenarios(base, session)) {
                    if (!only.contains(scenario.name())) {
                        continue;
                    }
                    send(scenario.gateway().get().build());
                    Supplier<HttpRequest> direct = direct(upstream, scenario.method(), session);
                    Supplier<HttpRequest> viaGateway = () -> scenario.gateway().get().build();
                    for (int concurrency : concurrencies()) {
                        LoadRun.Figures d = new LoadRun().closedLoop(direct, 200, concurrency, warmup, measure);
                        LoadRun.Figures g = new LoadRun().closedLoop(viaGateway, scenario.gatewayStatus(), concurrency, warmup, measure);
                        double ratio = g.perSecond() / d.perSecond();
                        if (scenario.name().equals("nested80")) {
                            worstRatio = Math.min(worstRatio, ratio);
                            if (concurrency == 1) {
                                floor50 = d.p50();
                                floor99 = d.p99();
                            }
                        }
                        line("%-10s %5d | %9.2f %9.2f %9.0f | %9.2f %9.2f %9.0f | %6.2f%s", scenario.name(), concurrency, d.p50(), d.p99(),
                                d.perSecond(), g.p50(), g.p99(), g.perSecond(), ratio,
                                d.failures() + g.failures() > 0 ? "  (failures: " + d.failures() + "/" + g.failures() + ")" : "");
                    }
                }
                Scenario nested = scenarios(base, session).get(0);
                send(nested.gateway().get().build());
                Supplier<HttpRequest> direct = direct(upstream, nested.method(), session);
                Duration fixed = measure.multipliedBy(2);
                LoadRun.Figures d = new LoadRun().fixedRate(direct, 200, FIXED_RATE, fixed);
                LoadRun.Figures g = new LoadRun().fixedRate(() -> nested.gateway().get().build(), 200, FIXED_RATE, fixed);
                // the unloaded direct call is the floor: what the client and the upstream cost without the gateway
                double overhead50 = g.p50() - floor50;
                double overhead99 = g.p99() - floor99;
                line("");
                line("nested80 at a fixed %d requests/s for %ds: direct p50 %.2f ms p99 %.2f ms; gateway p50 %.2f ms p99 %.2f ms",
                        FIXED_RATE, fixed.toSeconds(), d.p50(), d.p99(), g.p50(), g.p99());
                line("gateway overhead = gateway at %d/s minus the direct call at concurrency 1 (p50 %.2f ms, p99 %.2f ms)",
                        FIXED_RATE, floor50, floor99);
                String heap = heapUsed(gateway.pid());
                line("");
                line("target                                   measured      goal      met");
                target("gateway overhead p50 (nested80 @500/s)", "%.2f ms", overhead50, "≤ 1 ms", overhead50 <= 1.0);
                target("gateway overhead p99 (nested80 @500/s)", "%.2f ms", overhead99, "≤ 5 ms", overhead99 <= 5.0);
                target("throughput gateway/direct (nested80)", "%.2f", worstRatio, "≥ 0.9", worstRatio >= 0.9);
                line("%-40s %-13s %-9s %s", "heap under load (-Xmx256m)", heap, "≤ 256 MB", gateway.isAlive() ? "yes" : "NO (process died)");
                target("start to first answered request", "%.0f ms", startMillis, "≤ 3000 ms", startMillis <= 3000);
                Path out = Path.of("target", "bench-results.txt");
                Files.write(out, report);
                System.out.println("\nwritten to " + out.toAbsolutePath());
            } finally {
                gateway.destroy();
            }
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private List<Scenario> scenarios(String base, String session) {
        String nested = "/api/res.partner/?query=" + q("{id,name,email,country_id{name,code},category_id{name},parent_id{name}}")
                + "&page_size=80";
        String single = "/api/res.partner/10/?query=" + q("{id,name,email,country_id{name},category_id{name},child_ids{name}}");
        String flat = "/api/res.partner/?query=" + q("{id,name,email,phone,is_company,country_id,category_id,parent_id,write_date}")
                + "&limit=1000";
        return List.of(
                new Scenario("nested80", "web_search_read", 200, () -> get(base + nested, session)),
                new Scenario("single", "web_read", 200, () -> get(base + single, session)),
                new Scenario("flat1000", "web_search_read", 200, () -> get(base + flat, session)),
                new Scenario("create", "create", 201, () -> HttpRequest.newBuilder(URI.create(base + "/api/res.partner.category/"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"params\":{\"data\":{\"name\":\"Bench tag\"}}}"))
                        .header("Content-Type", "application/json").header("Cookie", "session_id=" + session)));
    }

    /** The call the gateway just made for this method, sent straight to the upstream. */
    private static Supplier<HttpRequest> direct(RecordedOdoo upstream, String method, String session) {
        RecordedOdoo.Sent sent = upstream.lastRequest(method);
        return () -> HttpRequest.newBuilder(URI.create(upstream.url() + sent.path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent.body()))
                .header("Content-Type", "application/json").header("Cookie", "session_id=" + session).build();
    }

    private static HttpRequest.Builder get(String url, String session) {
        return HttpRequest.newBuilder(URI.create(url)).GET().header("Cookie", "session_id=" + session);
    }

    private static Process startGateway(String odooUrl, String db, int port) throws IOException {
        String jar = System.getProperty("bench.jar", "target/odoo-rest-camel-0.1.0-SNAPSHOT.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
        String extra = System.getProperty("bench.gateway.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("ODOO_URL", odooUrl, "ODOO_DB", db, "HTTP_PORT", String.valueOf(port),
                "HTTP_HOST", "127.0.0.1", "CAMEL_MANAGEMENT_PORT", String.valueOf(freePort()), "CAMEL_MANAGEMENT_HOST", "127.0.0.1"));
        builder.redirectErrorStream(true).redirectOutput(new File("target/bench-gateway.log"));
        return builder.start();
    }

    private long awaitFirstAnswer(String base, long started) throws InterruptedException {
        while (System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/api/res.partner/")).GET().build()) == 401) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("the gateway did not start; see target/bench-gateway.log");
    }

    private String login(String base, String db) throws IOException, InterruptedException {
        String body = "{\"params\":{\"login\":\"" + System.getProperty("bench.odoo.login", "admin") + "\",\"password\":\""
                + System.getProperty("bench.odoo.password", "admin") + "\",\"db\":\"" + db + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/auth/"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; response.statusCode() == 404 && attempt < 100; attempt++) {
            Thread.sleep(20); // the HTTP port opens before the last routes are in
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        Matcher m = Pattern.compile("\"session_id\":\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return m.group(1);
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String heapUsed(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
            return m.find() ? (Long.parseLong(m.group(2)) / 1024) + " MB used" : "n/a";
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void addPartners(OdooSimulator simulator, int count) {
        for (int i = 0; i < count; i++) {
            simulator.insert("res.partner", Map.of("id", 10_000 + i, "name", "Bench partner " + i, "email", "bench" + i + "@example.com",
                    "country_id", i % 2 == 0 ? 233 : 21, "parent_id", 9 + i % 7, "active", true,
                    "category_id", new ArrayList<>(List.of(1 + i % 7, 1 + (i + 3) % 7))));
        }
    }

    private void target(String name, String format, double value, String goal, boolean met) {
        line("%-40s %-13s %-9s %s", name, String.format(Locale.ROOT, format, value), goal, met ? "yes" : "NO");
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
