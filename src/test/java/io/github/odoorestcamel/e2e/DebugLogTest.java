package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings given as a user gives them, in the environment: {@code LOG_LEVEL=debug} shows each call to Odoo and never a credential; {@code CAMEL_MANAGEMENT_PORT} moves the management port. */
class DebugLogTest {

    @Test
    void debugLevelLogsEveryOdooCallWithoutSecrets() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            int port;
            int managementPort;
            try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
                port = socket.getLocalPort();
                managementPort = management.getLocalPort();
            }
            Path log = Files.createTempFile("gateway-debug", ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.github.odoorestcamel.GatewayApplication")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(System.getProperty("java.io.tmpdir")));
            builder.environment().put("LOG_LEVEL", "debug");
            builder.environment().put("ODOO_URL", odoo.url());
            builder.environment().put("HTTP_HOST", "127.0.0.1");
            builder.environment().put("HTTP_PORT", String.valueOf(port));
            builder.environment().put("CAMEL_MANAGEMENT_HOST", "127.0.0.1");
            builder.environment().put("CAMEL_MANAGEMENT_PORT", String.valueOf(managementPort));
            Process gateway = builder.start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                awaitHealth(client, port);
                HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                        + "/observe/health/live")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, live.statusCode(), "CAMEL_MANAGEMENT_PORT moves the management port: " + live.body());
                String session = login(client, port);
                HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/res.partner/?limit=2")).header("Cookie", "session_id=" + session).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, list.statusCode(), list.body());
                HttpResponse<String> byKey = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/no.such.model/")).header("Authorization", ApiKeyTest.basic("admin", OdooSimulator.ADMIN_API_KEY)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, byKey.statusCode(), byKey.body());
                String logged = awaitLog(log, "no.such.model");
                assertTrue(logged.contains("Odoo res.partner.web_search_read over SESSION: ok in "), logged);
                assertTrue(logged.contains("Odoo no.such.model.fields_get over JSONRPC: MISSING odoo.exceptions.UserError in "), logged);
                assertFalse(logged.contains(session), "the session id is never logged");
                assertFalse(logged.contains(OdooSimulator.ADMIN_API_KEY), "the API key is never logged");
            } finally {
                gateway.destroy();
                gateway.waitFor(20, TimeUnit.SECONDS);
                Files.deleteIfExists(log);
            }
        }
    }

    private static void awaitHealth(HttpClient client, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the gateway is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the gateway did not start within 60 s");
    }

    private static String login(HttpClient client, int port) throws Exception {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"params\":{\"login\":\"admin\",\"password\":\"admin\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return Json.MAPPER.readTree(reply.body()).path("result").path("session_id").asText();
    }

    /** The log once it mentions the marker (the process writes it asynchronously). */
    private static String awaitLog(Path log, String marker) throws Exception {
        String text = "";
        for (int i = 0; i < 50 && !text.contains(marker); i++) {
            Thread.sleep(100);
            text = Files.readString(log);
        }
        return text;
    }
}
