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
 * the ratio gateway/direct, the gateway's own overhead at a fixed rate (half its measured capacity), its heap and its
 * start time, and which targets are met.
 *
 * <p>Upstream: the Odoo simulator behind a replaying stand-in (default), or a real Odoo with
 * {@code -Dbench.odoo.url=… -Dbench.odoo.db=… -Dbench.odoo.login=… -Dbench.odoo.password=…}.
 * {@code -Dbench.gateway.jvm="…"} adds JVM options to the gateway (e.g. a JFR recording);
 * {@code -Dbench.scenarios=nested80,single} and {@code -Dbench.concurrency=1,8} narrow a run;
 * {@code -Dbench.gateway-warmup=60} is how long the gateway's JIT is warmed before anything is measured;
 * {@code -Dbench.upstream-latency-ms=15} makes the stand-in answer after Odoo's own time (transcripts'
 * timings: 13–20 ms for an 80-row search_read), instead of at once;
 * {@code -Dbench.upstream-connection-close=true} makes it close every connection after answering, as
 * Odoo's threaded server does. {@link BenchOptions} reads them all.
 */
public final class LoadBenchmark {

    private record Scenario(String name, String method, int gatewayStatus, Supplier<HttpRequest.Builder> gateway) {
    }

    private final BenchOptions options = BenchOptions.fromSystemProperties();
    private final List<String> report = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Duration warmup = options.warmup();
        Duration measure = options.seconds();
        OdooSimulator simulator = null;
        String upstreamUrl = options.odooUrl();
        if (!options.realOdoo()) {
            simulator = new OdooSimulator(17).start();
            addPartners(simulator, 1100);
            upstreamUrl = simulator.url();
        }
        String db = options.odooDb();
        long latency = options.upstreamLatencyMillis();
        try (RecordedOdoo upstream = new RecordedOdoo(upstreamUrl, !options.realOdoo(),
                new RecordedOdoo.Behaviour(latency, options.upstreamConnectionClose()))) {
            int port = freePort();
            long started = System.nanoTime();
            Process gateway = startGateway(upstream.url(), db, port);
            try {
                String base = "http://127.0.0.1:" + port;
                long startMillis = awaitFirstAnswer(base, started);
                String session = login(base, db);
                line("# odoo-rest-camel load benchmark — %s, %d cores, %s, upstream: %s", LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                        upstreamName(latency));
                line("%-10s %5s | %9s %9s %9s | %9s %9s %9s | %6s | %9s", "request", "conc", "direct50", "direct99", "direct/s",
                        "gw50", "gw99", "gw/s", "ratio", "gwCPU/req");
                Duration jit = options.gatewayWarmup();
                for (Scenario scenario : scenarios(base, session)) {
                    new LoadRun().closedLoop(() -> scenario.gateway().get().build(), scenario.gatewayStatus(), 8,
                            jit.dividedBy(4), Duration.ofMillis(100));
                }
                double worstRatio = Double.MAX_VALUE;
                double floor50 = Double.NaN;
                double floor99 = Double.NaN;
                List<String> only = options.scenarios();
                double nestedCapacity = 0;
                for (Scenario scenario : scenarios(base, session)) {
                    if (!only.contains(scenario.name())) {
                        continue;
                    }
                    send(scenario.gateway().get().build());
                    Supplier<HttpRequest> direct = direct(upstream, scenario.method(), session);
                    Supplier<HttpRequest> viaGateway = () -> scenario.gateway().get().build();
                    for (int concurrency : options.concurrency()) {
                        LoadRun.Figures d = new LoadRun().closedLoop(direct, 200, concurrency, warmup, measure);
                        new LoadRun().closedLoop(viaGateway, scenario.gatewayStatus(), concurrency, Duration.ZERO, warmup);
                        Duration cpuBefore = cpu(gateway);
                        LoadRun.Figures g = new LoadRun().closedLoop(viaGateway, scenario.gatewayStatus(), concurrency, Duration.ZERO, measure);
                        double cpuPerRequest = cpu(gateway).minus(cpuBefore).toNanos() / 1e6 / Math.max(1, g.requests());
                        double ratio = g.perSecond() / d.perSecond();
                        if (scenario.name().equals("nested80")) {
                            worstRatio = Math.min(worstRatio, ratio);
                            nestedCapacity = Math.max(nestedCapacity, g.perSecond());
                            if (concurrency == 1) {
                                floor50 = d.p50();
                                floor99 = d.p99();
                            }
                        }
                        line("%-10s %5d | %9.2f %9.2f %9.0f | %9.2f %9.2f %9.0f | %6.2f | %6.2f ms%s", scenario.name(), concurrency, d.p50(),
                                d.p99(), d.perSecond(), g.p50(), g.p99(), g.perSecond(), ratio, cpuPerRequest,
                                d.failures() + g.failures() > 0 ? "  (failures: " + d.failures() + "/" + g.failures() + ")" : "");
                    }
                }
                double[] overhead = fixedRateOverhead(upstream, scenarios(base, session).get(0), session, nestedCapacity, floor50, floor99);
                List<Gap> gaps = gaps(upstream, port, session);
                String heap = heapUsed(gateway.pid());
                line("");
                line("target                                   measured      goal      met");
                if (overhead != null) {
                    target("gateway overhead p50 (nested80, fixed rate)", "%.2f ms", overhead[0], "≤ 1 ms", overhead[0] <= 1.0);
                    target("gateway overhead p99 (nested80, fixed rate)", "%.2f ms", overhead[1], "≤ 5 ms", overhead[1] <= 5.0);
                    target("throughput gateway/direct (nested80)", "%.2f", worstRatio, "≥ 0.9", worstRatio >= 0.9);
                }
                for (Gap gap : gaps) {
                    target("gap in (" + gap.scenario() + "), p50", "%.3f ms", gap.in50(), "≤ 0.25 ms", gap.in50() <= 0.25);
                    target("gap out (" + gap.scenario() + "), p50", "%.3f ms", gap.out50(), "≤ 0.10 ms", gap.out50() <= 0.10);
                }
                line("%-40s %-13s %-9s %s", "heap under load (-Xmx256m)", heap, "≤ 256 MB", gateway.isAlive() ? "yes" : "NO (process died)");
                line("%-40s %-13s %-9s %s", "resident memory, peak (-Xmx256m)", resident(gateway.pid(), "VmHWM"), "", "(measured)");
                line("%-40s %-13s %-9s %s", "resident memory, now", resident(gateway.pid(), "VmRSS"), "", "(measured)");
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

    /**
     * nested80 at a fixed rate of half the gateway's closed-loop capacity just measured (a fixed
     * figure would flood a real Odoo, or barely load a fast one): the gateway's p50 and p99 there
     * minus the unloaded direct call. Null when nested80 was not measured.
     */
    private double[] fixedRateOverhead(RecordedOdoo upstream, Scenario nested, String session, double capacity, double floor50,
            double floor99) throws IOException, InterruptedException {
        if (capacity == 0 || Double.isNaN(floor50)) {
            line("");
            line("fixed-rate step skipped: it needs nested80 at concurrency 1 and its capacity (-Dbench.scenarios, -Dbench.concurrency)");
            return null;
        }
        int rate = (int) Math.max(1, Math.round(capacity / 2));
        send(nested.gateway().get().build());
        Supplier<HttpRequest> direct = direct(upstream, nested.method(), session);
        Duration fixed = options.seconds().multipliedBy(2);
        LoadRun.Figures d = new LoadRun().fixedRate(direct, 200, rate, fixed);
        LoadRun.Figures g = new LoadRun().fixedRate(() -> nested.gateway().get().build(), 200, rate, fixed);
        line("");
        line("nested80 at a fixed %d requests/s (half the gateway's measured capacity) for %ds: direct p50 %.2f ms p99 %.2f ms;"
                + " gateway p50 %.2f ms p99 %.2f ms", rate, fixed.toSeconds(), d.p50(), d.p99(), g.p50(), g.p99());
        line("gateway overhead = gateway at %d/s minus the direct call at concurrency 1 (p50 %.2f ms, p99 %.2f ms)", rate, floor50, floor99);
        // the unloaded direct call is the floor: what the client and the upstream cost without the gateway
        return new double[] {g.p50() - floor50, g.p99() - floor99};
    }

    private static final List<String> GAP_SCENARIOS = List.of("single", "nested80");

    private record Gap(String scenario, double in50, double out50) {
    }

    /**
     * The time spent inside the gateway before and after Odoo, measured directly ({@link GatewayGaps}),
     * with the stand-in behaving as Odoo's threaded server: its own time per call and a new
     * connection for each. Returns the gateway's in and out p50 of each scenario measured.
     */
    private List<Gap> gaps(RecordedOdoo upstream, int port, String session) throws IOException, InterruptedException {
        RecordedOdoo.Behaviour before = upstream.behaviour();
        upstream.behave(new RecordedOdoo.Behaviour(options.gapsLatencyMillis(), true));
        GatewayGaps probe = new GatewayGaps(upstream);
        List<Gap> medians = new ArrayList<>();
        line("");
        line("time inside the gateway at concurrency 1 (ms), the stand-in taking %d ms and closing every connection, as Odoo does:",
                options.gapsLatencyMillis());
        line("%-10s | %-31s | %-31s | %s", "request", "in: request → upstream request", "out: Odoo's last byte → answer", "samples");
        line("%-10s | %9s %9s %11s | %9s %9s %11s |", "", "gw p50", "gw p90", "direct p50", "gw p50", "gw p90", "direct p50");
        try {
            for (Scenario scenario : scenarios("http://127.0.0.1:" + port, session)) {
                if (!GAP_SCENARIOS.contains(scenario.name()) || !options.scenarios().contains(scenario.name())) {
                    continue;
                }
                URI uri = scenario.gateway().get().build().uri();
                String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                GatewayGaps.Gaps gateway = probe.throughGateway(port, pathAndQuery, session, options.gapsCount() / 2, options.gapsCount());
                GatewayGaps.Gaps direct = probe.direct(upstream.lastRequest(scenario.method()), session, 100, options.gapsCount());
                line("%-10s | %9.3f %9.3f %11.3f | %9.3f %9.3f %11.3f | %d", scenario.name(), gateway.in50(), gateway.in90(),
                        direct.in50(), gateway.out50(), gateway.out90(), direct.out50(), gateway.samples());
                medians.add(new Gap(scenario.name(), gateway.in50(), gateway.out50()));
            }
        } finally {
            upstream.behave(before);
        }
        line("direct: the same call from the same socket client straight to the stand-in (a new connection each) — the floor");
        return medians;
    }

    /** CPU time the gateway process has used so far: unlike latency, it does not depend on what else runs on the machine. */
    private static Duration cpu(Process gateway) {
        return gateway.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private String upstreamName(long latency) {
        if (options.realOdoo()) {
            return options.odooUrl();
        }
        return "Odoo simulator behind a replaying stand-in" + (latency > 0 ? " answering after " + latency + " ms (Odoo's own time)"
                : " answering at once") + (options.upstreamConnectionClose() ? ", Connection: close" : ", keep-alive");
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

    private Process startGateway(String odooUrl, String db, int port) throws IOException {
        return GatewayProcess.start(options.jar(), options.gatewayJvm(), odooUrl, db, port, freePort(),
                new File("target/bench-gateway.log"));
    }

    private long awaitFirstAnswer(String base, long started) throws InterruptedException {
        return GatewayProcess.awaitFirstAnswer(client, base, started);
    }

    private String login(String base, String db) throws IOException, InterruptedException {
        return GatewayProcess.login(client, base, db, options.odooLogin(), options.odooPassword());
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A size from the gateway's /proc status (Linux): what a container must hold, heap and all the rest. */
    private static String resident(long pid, String field) {
        try {
            for (String status : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (status.startsWith(field + ":")) {
                    return (Long.parseLong(status.replaceAll("[^0-9]", "")) / 1024) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return "n/a";
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
        GatewayProcess.addPartners(simulator, count);
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
        return GatewayProcess.freePort();
    }
}
