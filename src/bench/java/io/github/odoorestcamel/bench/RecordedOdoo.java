package io.github.odoorestcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * Sits in front of the upstream and remembers the last body the gateway sent for each method, so
 * the direct benchmark sends exactly the same call. In replay mode (in front of the Odoo
 * simulator) it is also a fast stand-in for Odoo: the first time it sees a request it asks the
 * simulator (so the answer is a realistic Odoo answer) and records it; later identical requests get
 * the recorded bytes at once. In front of a real Odoo it only forwards.
 */
final class RecordedOdoo implements AutoCloseable {

    private record Recorded(int status, String contentType, byte[] body, List<String> setCookie) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the gateway sent it. */
    record Sent(String path, byte[] body) {
    }

    /** When a call was received and when its answer was written, in {@link System#nanoTime()}. */
    record Timing(long received, long answered) {
    }

    private final String upstream;
    private final boolean replay;
    private final Map<String, Recorded> answers = new ConcurrentHashMap<>();
    private final Map<String, Sent> lastRequestByMethod = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpServer server;

    private final long latencyMillis;
    private final boolean connectionClose;
    private volatile Queue<Timing> timings;

    /**
     * {@code latencyMillis}: how long a replayed answer waits, to stand for Odoo's own time (0: none);
     * {@code connectionClose}: every answer closes its connection, as Odoo's threaded server does.
     */
    RecordedOdoo(String upstream, boolean replay, long latencyMillis, boolean connectionClose) throws IOException {
        this.upstream = upstream;
        this.replay = replay;
        this.latencyMillis = latencyMillis;
        this.connectionClose = connectionClose;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(256));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last request body the gateway sent for a call_kw method: the direct benchmark sends the same. */
    Sent lastRequest(String method) {
        return lastRequestByMethod.get(method);
    }

    /** From now on, remember when each call was received and answered (for {@link #drainTimings()}). */
    void recordTimings() {
        timings = new ConcurrentLinkedQueue<>();
    }

    /** The calls answered since the last drain, in the order they were answered. */
    List<Timing> drainTimings() {
        List<Timing> drained = new java.util.ArrayList<>();
        for (Timing t; (t = timings.poll()) != null; ) {
            drained.add(t);
        }
        return drained;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            JsonNode params = JSON.readTree(request).path("params");
            lastRequestByMethod.put(params.path("method").asText(path), new Sent(path, request));
            Recorded answer = replay ? answers.get(path + params) : null;
            if (answer != null && latencyMillis > 0) {
                sleep(latencyMillis);
            }
            if (answer == null) {
                answer = forward(exchange, path, request);
                if (replay && answer.status() == 200 && !new String(answer.body()).contains("\"error\"")) {
                    answers.put(path + params, answer);
                }
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (connectionClose) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            answer.setCookie().forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
            Queue<Timing> recorded = timings;
            if (recorded != null) {
                recorded.add(new Timing(received, System.nanoTime()));
            }
        }
    }

    private Recorded forward(HttpExchange exchange, String path, byte[] request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(upstream + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).header("Content-Type", "application/json");
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Recorded(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                    response.body(), response.headers().allValues("Set-Cookie"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
