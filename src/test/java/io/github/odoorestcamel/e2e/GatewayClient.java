package io.github.odoorestcamel.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a gateway listening on a local port, as a client sends them. */
public class GatewayClient {

    public final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    protected GatewayClient(int port) {
        this.port = port;
    }

    public Reply get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
    }

    public Reply post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    public Reply send(String method, String path, String json, String... headers) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return send(HttpRequest.newBuilder(uri(path)).method(method, body).header("Content-Type", "application/json"), headers);
    }

    /** POSTs a JSON body given as bytes (large bodies are shared between requests rather than copied). */
    public Reply postBytes(String path, byte[] json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .header("Content-Type", "application/json"), headers);
    }

    /** GET with the session of the given user. */
    public Reply getAs(String session, String pathAndQuery) {
        return get(pathAndQuery, "Cookie", "session_id=" + session);
    }

    /** Logs in through the gateway's /auth/ and gives the session id. */
    public String login(String login) {
        Reply reply = post("/auth/", "{\"params\":{\"login\":\"" + login + "\",\"password\":\"" + login + "\"}}");
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply.body());
        }
        return reply.json().path("result").path("session_id").asText();
    }

    /**
     * Waits, at most {@code within}, until {@code started} holds and the gateway answers a list
     * without credentials with a 401: every route is in then (the port opens before the last ones).
     */
    protected boolean awaitRoutes(Duration within, java.util.function.BooleanSupplier started) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (started.getAsBoolean() && get("/api/res.partner/").status() == 401) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    protected URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    protected Reply send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a query parameter value. */
    public static String q(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
