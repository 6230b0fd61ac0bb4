package io.github.odoorestcamel.bench;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the gateway is from its first requests: started as its own process ({@code -Xmx256m})
 * in front of the Odoo simulator behind the replaying stand-in, which takes Odoo's own time (5 ms)
 * and closes every connection as Odoo's threaded server does. It logs in, sends the first requests
 * of {@code single}, then of {@code nested80}, one at a time; warms the gateway; sends as many again.
 * Prints, for each request, the p50 of the first requests, the warm p50 and their ratio, both end
 * to end and for the gateway's own time (end to end minus the stand-in's time, from when it received
 * the call to when it had answered), and the time from start to the first answer.
 *
 * <p>{@code -Dbench.cold.variants="none;-XX:TieredStopAtLevel=1;jar=/tmp/other.jar -Dwarm-up.duration=0"}: JVM
 * options of each gateway variant, {@code ;}-separated ({@code none}: no extra option; {@code jar=…}: another
 * build of the gateway); {@code -Dbench.cold.runs=3} runs the variants that often, in turn; {@code -Dbench.cold.requests=300}; {@code -Dbench.cold.warm=40}
 * seconds of warming; {@code -Dbench.jar}: another build of the gateway.
 */
public final class ColdStartBenchmark {

    private record Scenario(String name, String path) {
    }

    /** p50s in milliseconds of one request kind in one run. */
    private record Result(String variant, String scenario, double first, double warm, double firstOwn, double warmOwn) {
    }

    /** Odoo's own time for these small reads, as the stand-in takes it. */
    private static final long LATENCY_MILLIS = 5;

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("single", "/api/res.partner/10/?query=" + q("{id,name,email,country_id{name},category_id{name},child_ids{name}}")),
            new Scenario("nested80", "/api/res.partner/?query=" + q("{id,name,email,country_id{name,code},category_id{name},parent_id{name}}")
                    + "&page_size=80"));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = new ArrayList<>();
    private final String jar = option("bench.jar", "target/odoo-rest-camel-0.1.0-SNAPSHOT.jar");
    private final int requests = Integer.parseInt(option("bench.cold.requests", "300"));
    private final Duration warm = Duration.ofSeconds(Long.parseLong(option("bench.cold.warm", "40")));

    public static void main(String[] args) throws Exception {
        new ColdStartBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> variants = List.of(option("bench.cold.variants", "none").split(";"));
        int runs = Integer.parseInt(option("bench.cold.runs", "1"));
        line("# odoo-rest-camel cold start — %s, %d cores, %s; upstream: the Odoo simulator behind a stand-in answering after %d ms,"
                + " Connection: close; first %d requests of each, one at a time, then %d s of warming", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                LATENCY_MILLIS, requests, warm.toSeconds());
        Map<String, List<Result>> all = new LinkedHashMap<>();
        try (OdooSimulator simulator = new OdooSimulator(17).start()) {
            GatewayProcess.addPartners(simulator, 1100);
            for (int run = 1; run <= runs; run++) {
                for (String variant : variants) {
                    try (RecordedOdoo upstream = new RecordedOdoo(simulator.url(), true, new RecordedOdoo.Behaviour(LATENCY_MILLIS, true))) {
                        all.computeIfAbsent(variant.strip(), v -> new ArrayList<>()).addAll(runOnce(upstream, variant.strip(), run));
                    }
                }
            }
        }
        summary(all);
        Path out = Path.of("target", "cold-start-results.txt");
        Files.write(out, report);
        System.out.println("\nwritten to " + out.toAbsolutePath());
    }

    private List<Result> runOnce(RecordedOdoo upstream, String variant, int run) throws IOException, InterruptedException {
        int port = GatewayProcess.freePort();
        int managementPort = GatewayProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        upstream.recordTimings();
        long started = System.nanoTime();
        String variantJar = jar;
        String jvmOptions = variant.equals("none") ? "" : variant;
        if (jvmOptions.startsWith("jar=")) {
            String[] jarAndOptions = jvmOptions.substring(4).split("\\s+", 2);
            variantJar = jarAndOptions[0];
            jvmOptions = jarAndOptions.length > 1 ? jarAndOptions[1] : "";
        }
        Process gateway = GatewayProcess.start(variantJar, jvmOptions, upstream.url(), "odoo", port,
                managementPort, new File("target/bench-cold-gateway.log"));
        try {
            long firstAnswer = GatewayProcess.awaitFirstAnswer(client, base, started);
            int startCalls = upstream.drainTimings().size();
            long ready = GatewayProcess.awaitReady(client, managementPort, started);
            String session = GatewayProcess.login(client, base, "odoo", "admin", "admin");
            List<double[][]> first = new ArrayList<>();
            for (Scenario scenario : SCENARIOS) {
                first.add(sample(upstream, base + scenario.path(), session));
            }
            for (Scenario scenario : SCENARIOS) {
                new LoadRun().closedLoop(() -> get(base + scenario.path(), session), 200, 4, warm.dividedBy(SCENARIOS.size()),
                        Duration.ofMillis(100));
            }
            upstream.drainTimings();
            line("");
            line("variant: %s (run %d) — start to first answer %d ms, to ready %d ms (%d upstream calls before the first answer), load average %.1f",
                    variant, run, firstAnswer, ready, startCalls, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            line("%-10s | %9s %9s %6s | %9s %9s %6s", "request", "first p50", "warm p50", "ratio", "own first", "own warm", "ratio");
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < SCENARIOS.size(); i++) {
                double[][] warmSample = sample(upstream, base + SCENARIOS.get(i).path(), session);
                Result r = new Result(variant, SCENARIOS.get(i).name(), p50(first.get(i)[0]), p50(warmSample[0]), p50(first.get(i)[1]),
                        p50(warmSample[1]));
                line("%-10s | %9.2f %9.2f %6.2f | %9.3f %9.3f %6.2f", r.scenario(), r.first(), r.warm(), r.first() / r.warm(), r.firstOwn(),
                        r.warmOwn(), r.firstOwn() / r.warmOwn());
                results.add(r);
            }
            return results;
        } finally {
            gateway.destroy();
            gateway.waitFor();
        }
    }

    /** {@code requests} GETs one at a time: end-to-end milliseconds, and the same minus the stand-in's time for the calls inside each. */
    private double[][] sample(RecordedOdoo upstream, String url, String session) throws IOException, InterruptedException {
        double[] total = new double[requests];
        double[] own = new double[requests];
        upstream.drainTimings();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(get(url, session), HttpResponse.BodyHandlers.ofByteArray());
            long end = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + new String(response.body(),
                        StandardCharsets.UTF_8));
            }
            long upstreamNanos = upstream.drainTimings().stream().filter(t -> t.received() >= start && t.answered() <= end)
                    .mapToLong(t -> t.answered() - t.received()).sum();
            total[i] = (end - start) / 1e6;
            own[i] = (end - start - upstreamNanos) / 1e6;
        }
        return new double[][] {total, own};
    }

    /** Per variant and request, the spread of the ratios over the runs. */
    private void summary(Map<String, List<Result>> all) {
        line("");
        line("summary over runs: ratio first/warm p50, end to end and gateway's own time (min–max), own p50s in ms (min–max)");
        for (Map.Entry<String, List<Result>> variant : all.entrySet()) {
            for (Scenario scenario : SCENARIOS) {
                List<Result> rs = variant.getValue().stream().filter(r -> r.scenario().equals(scenario.name())).toList();
                line("%-40s %-9s e2e %s  own %s  ownFirst %s ms  ownWarm %s ms  (%d runs)", variant.getKey(), scenario.name(),
                        spread(rs.stream().mapToDouble(r -> r.first() / r.warm()).toArray()),
                        spread(rs.stream().mapToDouble(r -> r.firstOwn() / r.warmOwn()).toArray()),
                        spread(rs.stream().mapToDouble(Result::firstOwn).toArray()),
                        spread(rs.stream().mapToDouble(Result::warmOwn).toArray()), rs.size());
            }
        }
    }

    private static String spread(double[] values) {
        double min = Arrays.stream(values).min().orElse(Double.NaN);
        double max = Arrays.stream(values).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.2f–%.2f", min, max);
    }

    private static double p50(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static HttpRequest get(String url, String session) {
        return HttpRequest.newBuilder(URI.create(url)).GET().header("Cookie", "session_id=" + session).build();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }

    private static String option(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
