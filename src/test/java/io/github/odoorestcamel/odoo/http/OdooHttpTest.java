package io.github.odoorestcamel.odoo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The upstream HTTP client against the simulated Odoo: what reaches Odoo, and each way the connection fails. */
class OdooHttpTest {

    private static final JsonNode VERSION_INFO = Json.NODES.objectNode().put("jsonrpc", "2.0").put("method", "call")
            .set("params", Json.NODES.objectNode());

    private final OdooSimulator odoo = started();
    private final List<OdooHttp> clients = new ArrayList<>();

    static OdooHttpSettings settings(String url, long maxResponseBytes) {
        return new OdooHttpSettings(url, Duration.ofSeconds(5), Duration.ofSeconds(30), 20, Duration.ofSeconds(30), maxResponseBytes);
    }

    private OdooHttp http(String url, long maxResponseBytes) {
        OdooHttp http = new OdooHttp(settings(url, maxResponseBytes));
        clients.add(http);
        return http;
    }

    private static OdooSimulator started() {
        try {
            return new OdooSimulator(17).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private OdooHttp http() {
        return http(odoo.url(), 1_000_000);
    }

    @AfterEach
    void stop() {
        clients.forEach(OdooHttp::close);
        odoo.close();
    }

    @Test
    void onlyThePathReachesOdoo() {
        http().post("/web/webclient/version_info", VERSION_INFO, Map.of(), true);
        http().post("/web/dataset/call_kw/res.partner/web_search_read", VERSION_INFO, Map.of(), false);
        assertEquals(List.of("POST /web/webclient/version_info HTTP/1.1", "POST /web/dataset/call_kw/res.partner/web_search_read HTTP/1.1"),
                odoo.calls().stream().map(c -> c.requestLine()).toList());
    }

    @Test
    void aHugeAnswerIsCutOffAtTheLimitAndTheConnectionDropped() {
        OdooHttp http = http();
        odoo.floodNextAnswers(1, 300_000_000L);
        long started = System.nanoTime();
        GatewayException error = assertThrows(GatewayException.class,
                () -> http.post("/web/webclient/version_info", VERSION_INFO, Map.of(), true));
        assertEquals(502, HttpStatuses.of(error.kind()));
        assertEquals("Odoo's answer is larger than 1000000 bytes", error.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "reading stops at the limit");
        waitUntilFloodEnds();
        assertTrue(odoo.floodedBytes() < 50_000_000L, "Odoo stops sending once the connection is dropped: " + odoo.floodedBytes());
        assertEquals("2.0", http.post("/web/webclient/version_info", VERSION_INFO, Map.of(), true).body().path("jsonrpc").asText(),
                "the next call gets a connection");
    }

    private void waitUntilFloodEnds() {
        long before = -1;
        while (before != odoo.floodedBytes()) {
            before = odoo.floodedBytes();
            sleep(200);
        }
    }

    @Test
    void aCreateNeverGoesOutOnAConnectionOdooClosedAfterAnswering() throws IOException {
        // no connection opened ahead: each create must find the pooled one closed and open its own
        OdooHttpSettings settings = settings(odoo.silentlyClosingUrl(), 1_000_000);
        OdooHttp http = new OdooHttp(new OdooHttpSettings(settings.url(), settings.connectTimeout(), settings.answerTimeout(),
                settings.maxConnections(), settings.idleTimeout(), settings.maxResponseBytes(), 0, Duration.ZERO));
        clients.add(http);
        JsonRpcChannel channel = new JsonRpcChannel(http);
        String session = odoo.openSession("admin");
        int before = odoo.rows("res.partner.category").size();
        for (int i = 0; i < 5; i++) {
            ObjectNode params = Json.NODES.objectNode().put("model", "res.partner.category").put("method", "create");
            params.putArray("args").addObject().put("name", "Stale " + i);
            params.putObject("kwargs");
            channel.post("/web/dataset/call_kw/res.partner.category/create", params, session);
            sleep(300);
        }
        assertEquals(5, odoo.callsTo("create"), "every create reached Odoo once");
        assertEquals(before + 5, odoo.rows("res.partner.category").size());
        assertEquals(5, odoo.relayedConnections(), "each went out on a new connection");
    }

    @Test
    void aReadOnAConnectionOdooClosedIsSentAgain() throws IOException {
        OdooHttp http = http(odoo.silentlyClosingUrl(), 1_000_000);
        for (int i = 0; i < 3; i++) {
            assertEquals("2.0", http.post("/web/webclient/version_info", VERSION_INFO, Map.of(), true).body().path("jsonrpc").asText());
            sleep(300);
        }
    }

    @Test
    void aConnectTimeoutIsABadGatewayNotATimeout() throws IOException {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> backlog = new ArrayList<>();
            try {
                // nothing accepts: once the backlog is full, the kernel leaves further connects unanswered
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
                    backlog.add(s);
                }
            } catch (IOException backlogFull) {
                // the backlog is full
            }
            OdooHttp http = new OdooHttp(new OdooHttpSettings("http://127.0.0.1:" + full.getLocalPort(), Duration.ofMillis(300),
                    Duration.ofSeconds(30), 2, Duration.ofSeconds(30), 1_000_000));
            clients.add(http);
            GatewayException error = assertThrows(GatewayException.class,
                    () -> http.post("/web/webclient/version_info", VERSION_INFO, Map.of(), false));
            assertEquals(502, HttpStatuses.of(error.kind()));
            assertEquals("Odoo is unreachable: ConnectTimeoutException", error.getMessage());
            for (Socket s : backlog) {
                s.close();
            }
        }
    }

    @Test
    void notConnectingIsABadGatewayAndNoAnswerInTimeATimeout() {
        assertEquals(502, HttpStatuses.of(OdooHttp.transportFailure(new ConnectTimeoutException("connect timed out")).kind()));
        assertEquals(502, HttpStatuses.of(OdooHttp.transportFailure(new java.net.ConnectException("refused")).kind()));
        assertEquals(504, HttpStatuses.of(OdooHttp.transportFailure(new SocketTimeoutException("read timed out")).kind()));
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsAGatewayTimeout() {
        odoo.delay(1500);
        OdooHttp http = new OdooHttp(new OdooHttpSettings(odoo.url(), Duration.ofSeconds(5), Duration.ofMillis(300), 2,
                Duration.ofSeconds(30), 1_000_000));
        clients.add(http);
        GatewayException error = assertThrows(GatewayException.class,
                () -> http.post("/web/webclient/version_info", VERSION_INFO, Map.of(), false));
        assertEquals(504, HttpStatuses.of(error.kind()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
