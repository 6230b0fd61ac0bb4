package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.odoorestcamel.server.DirectReads;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a streamed list fails. Before the client is answered — Odoo's error, an answer that is not
 * JSON or breaks off early, records of another shape — it is the JSON error the tree gives. After
 * it — Odoo dying in the middle, an answer growing over the size limit (here 200 000 bytes; the
 * large list is about 300 000) — the client's connection
 * is cut before the answer's end, never closed as if complete. Either way Odoo's one connection
 * (odoo.http.max-connections=1) is free again for the next request, also when the client leaves.
 */
class StreamedListFailuresTest {

    private static final Map<String, String> SETTINGS = Map.of("odoo.http.max-connections", "1",
            "odoo.http.max-response-bytes", "200000", "odoo.rest.stream-above-bytes", "65536");
    private static final RunningGateway STREAMED = StreamedListsTest.withPartners("streamed-faults", 17, SETTINGS);
    private static final RunningGateway TREE = RunningGateway.withSettings("tree-faults", 17, Map.of("odoo.url", STREAMED.odoo.url(),
            "odoo.rest.stream-lists", "false", "odoo.http.max-connections", "1", "odoo.http.max-response-bytes", "200000"));
    private static final String BIG = "/api/res.partner/?query="
            + q("{id,name,email,phone,is_company,country_id,category_id,parent_id,write_date}") + "&limit=1000";
    private static final String SMALL = "/api/res.partner/?query=" + q("{id,name}") + "&limit=5";

    @Test
    void failuresBeforeTheAnswerAreTheErrorsOfTheTree() {
        String streamed = STREAMED.login("admin");
        String tree = TREE.login("admin");
        // the field lists are cached, so each canned reply answers the list's own call
        assertEquals(200, TREE.getAs(tree, SMALL).status());
        assertEquals(200, STREAMED.getAs(streamed, SMALL).status());
        List<OdooSimulator.RawReply> replies = List.of(
                reply("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":200,\"message\":\"Odoo Server Error\",\"data\":{"
                        + "\"name\":\"odoo.exceptions.AccessError\",\"arguments\":[\"You are not allowed to read partners\"]}}}"),
                reply("<!doctype html><title>Internal Server Error</title>"),
                reply("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{\"length\":700,\"records\":[{\"id\":1,\"name\":"),
                reply("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{\"length\":2,\"records\":[1,2]}}"),
                reply("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":[]}"),
                reply(""));
        for (OdooSimulator.RawReply reply : replies) {
            STREAMED.odoo.replyOnce(reply);
            Reply expected = TREE.getAs(tree, BIG);
            STREAMED.odoo.replyOnce(reply);
            Reply actual = STREAMED.getAs(streamed, BIG);
            assertEquals(expected.status(), actual.status(), reply.body());
            assertEquals(expected.json().path("error"), actual.json().path("error"), reply.body());
        }
        assertEquals(200, STREAMED.getAs(streamed, SMALL).status());
    }

    @Test
    void odooDyingInTheMiddleCutsTheClientsConnection() throws IOException {
        String session = STREAMED.login("admin");
        STREAMED.odoo.breakNextAnswer(120_000, 0, true);
        assertCutAfterItsHead(session, "cut-7");
    }

    @Test
    void anAnswerGrowingOverTheLimitCutsTheClientsConnection() throws IOException {
        String session = STREAMED.login("admin");
        assertEquals(502, TREE.getAs(TREE.login("admin"), BIG).status());
        assertCutAfterItsHead(session, "over-8");
    }

    /**
     * The big list is answered 200 and then cut, never ended, and the warning about it names the
     * request; Odoo's connection is free again after it.
     */
    private static void assertCutAfterItsHead(String session, String requestId) throws IOException {
        try (CapturedLogs logs = new CapturedLogs(Level.WARN, DirectReads.class.getName())) {
            String answer = rawGet(session, BIG, Integer.MAX_VALUE, requestId);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.substring(0, Math.min(200, answer.length())));
            assertFalse(answer.endsWith("0\r\n\r\n"), "the chunked answer has no end");
            List<ILoggingEvent> cut = logs.events().stream().filter(e -> e.getFormattedMessage().startsWith("An answer was cut")).toList();
            assertEquals(1, cut.size(), logs.events().toString());
            assertEquals(requestId, cut.get(0).getMDCPropertyMap().get("requestId"), "the warning names the request cut");
        }
        assertEquals(200, STREAMED.getAs(session, SMALL).status(), "Odoo's connection is free again");
    }

    @Test
    void aClientLeavingInTheMiddleFreesOdoosConnection() throws Exception {
        String session = STREAMED.login("admin");
        STREAMED.odoo.breakNextAnswer(120_000, 1500, false);
        String head = rawGet(session, BIG, 4096, "leaves-9");
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        Reply next = STREAMED.getAs(session, SMALL);
        assertEquals(200, next.status(), next.body());
        assertTrue(STREAMED.awaitRoutes(Duration.ofSeconds(10), () -> STREAMED.inFlight() == 0), "the request is over");
    }

    private static OdooSimulator.RawReply reply(String body) {
        return new OdooSimulator.RawReply(200, "application/json", body, Map.of(), 0);
    }

    /** The raw HTTP answer, read until the server closes or {@code most} bytes came. */
    private static String rawGet(String session, String path, int most, String requestId) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", STREAMED.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: session_id=" + session
                    + "\r\nX-Request-Id: " + requestId + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while (answer.size() < most && (n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // a cut connection may read as a reset
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
