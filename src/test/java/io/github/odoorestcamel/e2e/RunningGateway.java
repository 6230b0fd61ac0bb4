package io.github.odoorestcamel.e2e;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.main.Main;

/**
 * The real gateway (camel-main, platform-http, the YAML routes) started in this JVM in front of a
 * simulated Odoo of the given version, reached through its real HTTP port. One per version and
 * per set of extra settings, shared by the test classes.
 */
public final class RunningGateway {

    private static final Map<String, RunningGateway> RUNNING = new ConcurrentHashMap<>();

    public final OdooSimulator odoo;
    public final int port;
    public final int managementPort;
    private Main main;
    private Thread thread;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private RunningGateway(OdooSimulator odoo, int port, int managementPort) {
        this.odoo = odoo;
        this.port = port;
        this.managementPort = managementPort;
    }

    public static RunningGateway odoo(int major) {
        return RUNNING.computeIfAbsent("v" + major, key -> start(new OdooSimulator(major), Map.of()));
    }

    /** A gateway with its own simulator and extra settings, for tests that change configuration. */
    public static RunningGateway withSettings(String name, int major, Map<String, String> settings) {
        return RUNNING.computeIfAbsent(name, key -> start(new OdooSimulator(major), settings));
    }

    private static RunningGateway start(OdooSimulator odoo, Map<String, String> settings) {
        try {
            odoo.start();
            int port = freePort();
            int managementPort = freePort();
            Main main = new Main();
            main.addOverrideProperty("odoo.url", settings.getOrDefault("odoo.url", odoo.url()));
            main.addOverrideProperty("http.port", String.valueOf(port));
            main.addOverrideProperty("http.host", "127.0.0.1");
            main.addOverrideProperty("camel.management.port", String.valueOf(managementPort));
            main.addOverrideProperty("camel.management.host", "127.0.0.1");
            settings.forEach((k, v) -> {
                if (!k.equals("odoo.url")) {
                    main.addOverrideProperty(k, v);
                }
            });
            Thread thread = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "gateway-" + port);
            thread.setDaemon(true);
            thread.start();
            RunningGateway gateway = new RunningGateway(odoo, port, managementPort);
            gateway.main = main;
            gateway.thread = thread;
            gateway.awaitReady();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the gateway as a SIGTERM would (Camel's graceful shutdown) and waits for it to end. */
    public boolean shutDown(java.time.Duration within) throws InterruptedException {
        main.completed();
        thread.join(within.toMillis());
        return !thread.isAlive();
    }

    /** Exchanges Camel counts as in flight right now. */
    public int inFlight() {
        return main.getCamelContext().getInflightRepository().size();
    }

    /** Ready once Camel has started every route (the HTTP port opens before the last ones are in). */
    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                org.apache.camel.CamelContext context = main.getCamelContext();
                if (context != null && context.isStarted() && get("/api/res.partner/").status() == 401) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("gateway did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- requests ------------------------------------------------------------------------------

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

    public org.apache.camel.CamelContext camel() {
        return main.getCamelContext();
    }

    /** GET on the management port (metrics, health checks). */
    public Reply management(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + pathAndQuery)).GET());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private Reply send(HttpRequest.Builder builder, String... headers) {
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
