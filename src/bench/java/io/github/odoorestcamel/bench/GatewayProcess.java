package io.github.odoorestcamel.bench;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged gateway started as its own process with a 256 MB heap, as the benchmarks run it. */
final class GatewayProcess {

    private GatewayProcess() {
    }

    /**
     * {@code jvmOptions}: extra options, blank-separated (a JFR recording, JIT flags); {@code managementPort}:
     * health checks and metrics. Its output goes to {@code log}.
     */
    static Process start(String jar, String jvmOptions, String odooUrl, String db, int port, int managementPort, File log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("ODOO_URL", odooUrl, "ODOO_DB", db, "HTTP_PORT", String.valueOf(port),
                "HTTP_HOST", "127.0.0.1", "CAMEL_MANAGEMENT_PORT", String.valueOf(managementPort), "CAMEL_MANAGEMENT_HOST", "127.0.0.1"));
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }

    /** Milliseconds from {@code started} to the gateway's first answer (a 401 to an anonymous list). */
    static long awaitFirstAnswer(HttpClient client, String base, long started) throws InterruptedException {
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(base + "/api/res.partner/")).GET().build();
        while (System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            try {
                if (client.send(anonymous, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("the gateway did not start; see its log under target/");
    }

    /** Milliseconds from {@code started} until the gateway reports ready on its management port. */
    static long awaitReady(HttpClient client, int managementPort, long started) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/observe/health/ready")).GET().build();
        while (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() - started > Duration.ofSeconds(120).toNanos()) {
                throw new IllegalStateException("the gateway did not become ready; see its log under target/");
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Logs in through the gateway and returns the session id. */
    static String login(HttpClient client, String base, String db, String login, String password)
            throws IOException, InterruptedException {
        String body = "{\"params\":{\"login\":\"" + login + "\",\"password\":\"" + password + "\",\"db\":\"" + db + "\"}}";
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

    /** Partners enough for an 80-row page with countries, tags and parents. */
    static void addPartners(OdooSimulator simulator, int count) {
        for (int i = 0; i < count; i++) {
            simulator.insert("res.partner", Map.of("id", 10_000 + i, "name", "Bench partner " + i, "email", "bench" + i + "@example.com",
                    "country_id", i % 2 == 0 ? 233 : 21, "parent_id", 9 + i % 7, "active", true,
                    "category_id", new ArrayList<>(List.of(1 + i % 7, 1 + (i + 3) % 7))));
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
