package io.github.odoorestcamel.bundles.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;

/**
 * A webhook receiver on a JDK HTTP server, as a user would write one: it checks each request's
 * signature with its own reading of the Standard Webhooks specification, then answers as told.
 */
final class TestReceiver implements AutoCloseable {

    /** A request as received: its path and query, headers (lower case names), body, and whether its signature holds. */
    record Request(String uri, Map<String, String> headers, String body, boolean signed) {

        String id() {
            return headers.get("webhook-id");
        }

        /** The id of the Odoo record in the body. */
        int recordId() {
            try {
                return Json.MAPPER.readTree(body).path("id").asInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How the receiver answers one request. */
    record Reply(int status, String body, Map<String, String> headers) {

        static Reply ok() {
            return new Reply(200, "", Map.of());
        }
    }

    private final byte[] key;
    private final int port;
    private final SSLContext tls;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> answers = request -> Reply.ok();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;

    TestReceiver(String secret, int port) {
        this(secret, port, null);
    }

    /** A receiver on HTTPS with this TLS context (its certificate), or on plain HTTP without one. */
    TestReceiver(String secret, int port, SSLContext tls) {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.port = port;
        this.tls = tls;
    }

    TestReceiver start() {
        try {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
            if (tls == null) {
                server = HttpServer.create(address, 50);
            } else {
                HttpsServer https = HttpsServer.create(address, 50);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // a slow answer must not keep the next request from being read
        server.setExecutor(executor);
        server.start();
        return this;
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    String url() {
        return (tls == null ? "http" : "https") + "://localhost:" + port + "/hook";
    }

    void answer(Function<Request, Reply> answers) {
        this.answers = answers;
    }

    List<Request> received() {
        return new ArrayList<>(received);
    }

    /** Waits (up to 30 s) until at least {@code count} requests came; all of them. */
    List<Request> await(int count) throws InterruptedException {
        for (int i = 0; i < 300 && received.size() < count; i++) {
            Thread.sleep(100);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " requests, got " + received.size() + ": " + received);
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new java.util.TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        Request request = new Request(exchange.getRequestURI().toString(), headers, new String(body, StandardCharsets.UTF_8), verifies(headers, body));
        received.add(request);
        Reply reply = answers.apply(request);
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** The specification's check: some v1 signature is HMAC-SHA256(key, "id.timestamp.body") in base64. */
    private boolean verifies(Map<String, String> headers, byte[] body) {
        String id = headers.get("webhook-id");
        String timestamp = headers.get("webhook-timestamp");
        String signatures = headers.get("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signedContent = (id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            byte[] expected = mac.doFinal(signedContent);
            return Arrays.stream(signatures.split(" ")).filter(s -> s.startsWith("v1,"))
                    .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
        } catch (Exception e) {
            return false;
        }
    }
}
