package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.GatewayClient.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reads served straight from the HTTP server's handler ({@code http.direct-reads}, the default)
 * answer exactly as the same routes run by Camel's HTTP consumer and routing do — status, headers
 * and bytes, errors and refusals included — and do not pass through Camel's routing, while a read
 * in flight still counts as its route's for a graceful shutdown.
 */
class DirectReadsTest {

    private static final String FLAT = "{id, name, email, is_company, ref, partner_latitude}";

    /** Every kind of read and of refusal, each path with and without its trailing slash where it matters. */
    private static final List<String> READS = List.of(
            "/api/res.partner/3/",
            "/api/res.partner/3",
            "/api/res.partner/3/?query=" + q("{id, name, country_id{name, code}, category_id{name}, child_ids{name}}"),
            "/api/res.partner/99999/",
            "/api/res.partner/0/",
            "/api/res.partner/abc/",
            "/api/Res.Partner/3/",
            "/api/res%2Epartner/3/",
            "/api/res.partner/3/?query=" + q("{id, nonexistent_field}"),
            "/api/res.partner/3/?query=" + q("{id,"),
            "/api/res.partner/3/?context=" + q("not json"),
            "/api/res.partner/3/name/",
            "/api/res.partner/3/category_id",
            "/api/res.partner/3/no_such_field/",
            "/api/res.partner/3/9bad/",
            "/api/no.such.model/",
            "/api/res.partner/?query=" + q("{id, name}") + "&page_size=5&page=2",
            "/api/res%2Epartner/?query=" + q("{id, name}") + "&page_size=5&page=2",
            "/api/res.partner?query=" + q("{id, name}") + "&page_size=5&page=2&order=" + q("name desc"),
            "/api/res.partner/?query=" + q(FLAT) + "&limit=1000",
            "/api/res.partner/?query=" + q(FLAT) + "&page_size=400&page=2",
            "/api/res.partner/?filter=" + q("[[\"name\", \"ilike\", \"partner\"]]") + "&query=" + q("{id}"),
            "/api/res.partner/?filter=" + q("[[\"name\", \"like\"]]"),
            "/api/res.partner/?page_size=-1",
            "/api/res.partner/?query=" + q("{id}") + "&filter=" + q("x".repeat(70_000)));

    private final RunningGateway direct = StreamedListsTest.withPartners(17);
    private final RunningGateway camel = RunningGateway.withSettings("camel-reads", 17,
            Map.of("odoo.url", direct.odoo.url(), "odoo.rest.stream-above-bytes", "65536", "http.direct-reads", "false"));

    @Test
    void aDirectReadAnswersAsTheRouteRunByCamelDoes() {
        String directSession = direct.login("admin");
        String camelSession = camel.login("admin");
        for (String read : READS) {
            for (String session : new String[] {null, "session"}) {
                Reply expected = session == null ? camel.get(read) : camel.getAs(camelSession, read);
                Reply actual = session == null ? direct.get(read) : direct.getAs(directSession, read);
                String what = read + (session == null ? " without credentials" : "");
                assertEquals(expected.status(), actual.status(), what);
                assertEquals(expected.body(), actual.body(), what);
                assertEquals(headers(expected.raw()), headers(actual.raw()), what);
            }
        }
    }

    @Test
    void headersAreSeenAsThroughCamelAndCamelsOwnCannotBeSent() {
        String directSession = direct.login("admin");
        String camelSession = camel.login("admin");
        String read = "/api/res.partner/3/";
        List<String[]> asked = List.of(
                new String[] {"X-Session-Id", camelSession, "X-Session-Id", "another"},
                new String[] {"X-Session-Id", camelSession, "CamelHttpQuery", "query=" + q("{id}"), "model", "res.users", "id", "2"},
                new String[] {"X-Session-Id", camelSession, "camelhttppath", "/api/res.users/2/"});
        for (String[] headers : asked) {
            String[] directHeaders = headers.clone();
            directHeaders[1] = directSession;
            Reply expected = camel.get(read, headers);
            Reply actual = direct.get(read, directHeaders);
            assertEquals(expected.status(), actual.status(), String.join(" ", headers));
            assertEquals(expected.body(), actual.body(), String.join(" ", headers));
        }
        Reply steered = direct.get(read, "X-Session-Id", directSession, "CamelHttpQuery", "query=" + q("{id}"), "model", "res.users");
        assertEquals(direct.getAs(directSession, read).body(), steered.body(), "neither Camel's headers nor a path parameter's name steer a read");
    }

    @Test
    void aBigListIsSentAsItIsReadAndEndsCleanly() {
        Reply big = direct.getAs(direct.login("admin"), "/api/res.partner/?query=" + q(FLAT) + "&limit=1000");
        assertEquals(200, big.status(), big.body());
        assertNull(big.header("Content-Length"), "a large flat page is written as it is read");
        assertEquals("chunked", big.header("Transfer-Encoding"));
        assertTrue(big.json().path("count").asInt() > 700, big.body().substring(0, 200));
    }

    @Test
    void readsDoNotPassThroughCamelsRoutingWritesDo() {
        String session = direct.login("admin");
        Map<String, String> getRecord = Map.of("routeId", "get-record");
        PrometheusText before = new PrometheusText(direct.management("/observe/metrics").body());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, direct.getAs(session, "/api/res.partner/3/").status());
        }
        PrometheusText after = new PrometheusText(direct.management("/observe/metrics").body());
        assertEquals(before.has("camel_exchanges_total", getRecord) ? before.value("camel_exchanges_total", getRecord) : 0,
                after.has("camel_exchanges_total", getRecord) ? after.value("camel_exchanges_total", getRecord) : 0,
                "a direct read is no exchange of Camel's route");
        String camelSession = camel.login("admin");
        PrometheusText camelBefore = new PrometheusText(camel.management("/observe/metrics").body());
        assertEquals(200, camel.getAs(camelSession, "/api/res.partner/3/").status());
        PrometheusText camelAfter = new PrometheusText(camel.management("/observe/metrics").body());
        assertEquals(1, camelAfter.value("camel_exchanges_total", getRecord)
                - (camelBefore.has("camel_exchanges_total", getRecord) ? camelBefore.value("camel_exchanges_total", getRecord) : 0),
                "with http.direct-reads=false the read is the route's exchange");
    }

    @Test
    void aReadInFlightCountsAsItsRoutesForAGracefulShutdown() throws Exception {
        String session = direct.login("admin");
        direct.odoo.delay(1500);
        try {
            CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> direct.getAs(session, "/api/res.partner/3/"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            int inFlight = 0;
            while (inFlight == 0 && System.nanoTime() < deadline) {
                inFlight = direct.camel().getInflightRepository().size("get-record");
                Thread.sleep(5);
            }
            assertEquals(1, inFlight, "the read waiting on Odoo is in flight on its route");
            assertEquals(200, slow.get(10, TimeUnit.SECONDS).status());
            // the exchange ends on the event loop just after the answer's last byte left
            long ended = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (direct.camel().getInflightRepository().size("get-record") > 0 && System.nanoTime() < ended) {
                Thread.sleep(5);
            }
            assertEquals(0, direct.camel().getInflightRepository().size("get-record"), "and no longer once answered");
        } finally {
            direct.odoo.delay(0);
        }
    }

    /** Every header of the answer but those that differ from one answer to the next (its date, its request id). */
    @Test
    void clientsThatStopReadingABigListHoldNoWorker() throws Exception {
        RunningGateway few = RunningGateway.withSettings("two-workers", 17,
                Map.of("odoo.rest.stream-above-bytes", "65536", "http.worker-threads", "2"));
        // answers of 8 MB: more than socket buffers and the HTTP server's write queue hold
        for (int i = 0; i < 1000; i++) {
            few.odoo.insert("res.partner", Map.of("id", 20_000 + i, "active", true, "name", "Partner " + i + " " + "x".repeat(8_000)));
        }
        String session = few.login("admin");
        String big = "/api/res.partner/?query=" + q("{id, name}") + "&filter=" + q("[[\"id\", \">=\", 20000]]") + "&limit=1000";
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress("127.0.0.1", few.port));
                socket.getOutputStream().write(("GET " + big + " HTTP/1.1\r\nHost: gateway\r\nCookie: session_id=" + session
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] head = new byte[12];
                assertEquals(12, socket.getInputStream().readNBytes(head, 0, 12));
                assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            // three answers wait on clients that read no more, with two workers: a read still gets one
            CompletableFuture<Reply> other = CompletableFuture.supplyAsync(() -> few.getAs(session, "/api/res.partner/3/"));
            assertEquals(200, other.get(10, TimeUnit.SECONDS).status());
            assertEquals(3, few.camel().getInflightRepository().size("list-records"), "the stalled answers are still under way");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (few.camel().getInflightRepository().size("list-records") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, few.camel().getInflightRepository().size("list-records"), "a client gone ends its answer and Odoo's");
    }

    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> kept = new TreeMap<>(response.headers().map());
        kept.keySet().removeIf(name -> name.equalsIgnoreCase("date") || name.equalsIgnoreCase("x-request-id"));
        return kept;
    }
}
