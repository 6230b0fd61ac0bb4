package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.GatewayClient.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/{model}/changes: Server-Sent Events of a model's changes, read as the caller, polled once for many streams. */
class ChangeStreamEndpointTest {

    private static final RunningGateway GATEWAY = RunningGateway.withSettings("change-streams", 17, Map.of(
            "http.sse.poll-interval", "1", "http.sse.heartbeat", "1", "http.sse.deletes", "1"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SOON = Duration.ofSeconds(10);

    private static String changes(String filter) {
        return "/api/res.partner/changes?query=" + q("{id, name}") + "&filter=" + q(filter);
    }

    private static EventStream open(String session, String path, String... headers) throws Exception {
        return open(GATEWAY, session, path, headers);
    }

    private static EventStream open(RunningGateway gateway, String session, String path, String... headers) throws Exception {
        List<String> all = new ArrayList<>(List.of("X-Session-Id", session));
        all.addAll(List.of(headers));
        EventStream stream = EventStream.open(gateway.port, path, all.toArray(String[]::new));
        if (stream.status == 200) {
            stream.awaitOpen();
        }
        return stream;
    }

    private static int commit(String name) {
        return GATEWAY.odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", name, "active", true))).get(0);
    }

    /** The event of a record created while a stream was open, the stream closed again. */
    private static EventStream.Event announced(String session, String filter, String name) throws Exception {
        try (EventStream stream = open(session, changes(filter))) {
            int id = commit(name);
            EventStream.Event event = stream.next(SOON);
            assertEquals(id, data(event).path("id").asInt());
            return event;
        }
    }

    private static JsonNode data(EventStream.Event event) throws Exception {
        return JSON.readTree(event.data());
    }

    @Test
    void eachUserSeesTheRecordsTheirAccessRulesAllow() throws Exception {
        GATEWAY.odoo.restrict("res.partner", "demo", "[[\"name\", \"ilike\", \"Rules shared\"]]");
        String filter = "[[\"name\", \"ilike\", \"Rules \"]]";
        try (EventStream admin = open(GATEWAY.odoo.openSession("admin"), changes(filter));
             EventStream demo = open(GATEWAY.odoo.openSession("demo"), changes(filter))) {
            int hidden = commit("Rules private");
            int shared = commit("Rules shared");
            EventStream.Event first = admin.next(SOON);
            EventStream.Event second = admin.next(SOON);
            assertEquals(List.of(hidden, shared), List.of(data(first).path("id").asInt(), data(second).path("id").asInt()));
            assertEquals("created", first.name());
            EventStream.Event seen = demo.next(SOON);
            assertEquals(shared, data(seen).path("id").asInt());
            assertEquals("{\"id\":" + shared + ",\"name\":\"Rules shared\"}", seen.data());
            assertEquals(List.of(), demo.drain(Duration.ofSeconds(2)));
        }
    }

    @Test
    void lastEventIdResumesWithoutGapOrRepeat() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        String filter = "[[\"name\", \"ilike\", \"Resume \"]]";
        EventStream.Event last = announced(session, filter, "Resume first");
        int second = commit("Resume second");
        int third = commit("Resume third");
        try (EventStream resumed = open(session, changes(filter), "Last-Event-ID", last.id())) {
            assertEquals(second, data(resumed.next(SOON)).path("id").asInt());
            EventStream.Event caughtUp = resumed.next(SOON);
            assertEquals(third, data(caughtUp).path("id").asInt());
            int fourth = commit("Resume fourth");
            assertEquals(fourth, data(resumed.next(SOON)).path("id").asInt());
            assertEquals(List.of(), resumed.drain(Duration.ofSeconds(2)));
            assertTrue(resumed.comments() >= 2, "keep-alive comments arrive every http.sse.heartbeat");
        }
        try (EventStream since = open(session, changes(filter) + "&since=" + q(last.id()))) {
            assertEquals(second, data(since.next(SOON)).path("id").asInt());
        }
    }

    @Test
    void aTransactionThatCommitsLateStillReachesTheOpenStreamOnce() throws Exception {
        String filter = "[[\"name\", \"ilike\", \"Late \"]]";
        try (EventStream stream = open(GATEWAY.odoo.openSession("admin"), changes(filter))) {
            Thread.sleep(2_500);
            Instant started = Instant.now();
            int early = GATEWAY.odoo.commit(started, "res.partner", List.of(Map.of("name", "Late early", "active", true))).get(0);
            EventStream.Event first = stream.next(SOON);
            assertEquals(early, data(first).path("id").asInt());
            // a transaction that started a second before the one announced, committed only now
            int late = GATEWAY.odoo.commit(started.minusSeconds(1), "res.partner",
                    List.of(Map.of("name", "Late comer", "active", true))).get(0);
            EventStream.Event second = stream.next(SOON);
            assertEquals(late, data(second).path("id").asInt());
            assertTrue(second.id().compareTo(first.id()) >= 0, second.id() + " comes after " + first.id());
            assertEquals(List.of(), stream.drain(Duration.ofSeconds(3)), "the look-back sends nothing twice");
        }
    }

    @Test
    void aDeletedRecordArrivesAsDeleted() throws Exception {
        String filter = "[[\"name\", \"ilike\", \"Deleted \"]]";
        try (EventStream stream = open(GATEWAY.odoo.openSession("admin"), changes(filter))) {
            int doomed = commit("Deleted soon");
            assertEquals("created", stream.next(SOON).name());
            GATEWAY.odoo.delete("res.partner", doomed);
            EventStream.Event deleted = stream.next(SOON);
            assertEquals("deleted", deleted.name());
            assertEquals("{\"id\":" + doomed + "}", deleted.data());
            assertEquals(List.of(), stream.drain(Duration.ofSeconds(2)), "a deletion is announced once");
        }
    }

    @Test
    void aRecordDeletedWhileTheClientWasAwayArrivesAsDeletedWhenItResumes() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        String filter = "[[\"name\", \"ilike\", \"Away \"]]";
        EventStream.Event created = announced(session, filter, "Away doomed");
        Thread.sleep(1_500);
        GATEWAY.odoo.delete("res.partner", data(created).path("id").asInt());
        try (EventStream resumed = open(session, changes(filter), "Last-Event-ID", created.id())) {
            EventStream.Event deleted = resumed.next(SOON);
            assertEquals("deleted", deleted.name());
            assertEquals("{\"id\":" + data(created).path("id").asInt() + "}", deleted.data());
            assertEquals(List.of(), resumed.drain(Duration.ofSeconds(2)), "a deletion is announced once");
        }
    }

    @Test
    void oneOdooCallPerPollServesEveryStreamOfOneCaller() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        String path = changes("[[\"name\", \"=\", \"Nobody by this name\"]]");
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                streams.add(open(session, path));
            }
            long before = GATEWAY.odoo.callsTo("search_read");
            long bodiesBefore = GATEWAY.odoo.callsTo("web_search_read");
            long start = System.nanoTime();
            Thread.sleep(4_000);
            double polls = (System.nanoTime() - start) / 1e9;
            long calls = GATEWAY.odoo.callsTo("search_read") - before;
            assertTrue(calls >= 2 && calls <= polls + 1, calls + " search_read calls in " + polls + " s of 1 s polls for 100 streams");
            assertEquals(bodiesBefore, GATEWAY.odoo.callsTo("web_search_read"), "a poll that finds nothing reads no bodies");
        } finally {
            for (EventStream stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void aBadQueryOrFilterIsAJson400BeforeAnyEvent() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        EventStream badQuery = open(session, "/api/res.partner/changes?query=" + q("{no_such_field}"));
        assertEquals(400, badQuery.status, badQuery.errorBody);
        assertEquals(400, JSON.readTree(badQuery.errorBody).path("error").path("code").asInt());
        EventStream badFilter = open(session, "/api/res.partner/changes?filter=" + q("[[\"name\", \"=\""));
        assertEquals(400, badFilter.status, badFilter.errorBody);
        EventStream badPosition = open(session, "/api/res.partner/changes", "Last-Event-ID", "yesterday");
        assertEquals(400, badPosition.status, badPosition.errorBody);
        EventStream anonymous = EventStream.open(GATEWAY.port, "/api/res.partner/changes");
        assertEquals(401, anonymous.status, anonymous.errorBody);
    }

    @Test
    void streamsBeyondTheLimitGetAJson503() throws Exception {
        RunningGateway limited = RunningGateway.withSettings("change-streams-limit", 17, Map.of("http.sse.max-streams", "1"));
        String session = limited.odoo.openSession("admin");
        try (EventStream first = EventStream.open(limited.port, "/api/res.partner/changes", "X-Session-Id", session)) {
            assertEquals(200, first.status);
            first.awaitOpen();
            EventStream second = EventStream.open(limited.port, "/api/res.partner/changes", "X-Session-Id", session);
            assertEquals(503, second.status, second.errorBody);
            assertEquals(503, JSON.readTree(second.errorBody).path("error").path("code").asInt());
            EventStream anonymous = EventStream.open(limited.port, "/api/res.partner/changes");
            assertEquals(401, anonymous.status, "credentials are checked before a place is taken");
        }
    }

    @Test
    void aClientDisconnectedForNotReadingGivesItsPlaceBack() throws Exception {
        RunningGateway limited = RunningGateway.withSettings("change-streams-one-place", 17, Map.of("http.sse.max-streams", "1",
                "http.sse.poll-interval", "1"));
        String session = limited.odoo.openSession("admin");
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", limited.port));
            socket.getOutputStream().write(("GET /api/res.partner/changes?query=" + q("{id, name}") + " HTTP/1.1\r\nHost: x\r\n"
                    + "X-Session-Id: " + session + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(1_500);
            List<Map<String, Object>> flood = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                flood.add(Map.of("name", "Unread " + i + " " + "x".repeat(1_000), "active", true));
            }
            limited.odoo.commit(Instant.now(), "res.partner", flood);
            Thread.sleep(6_000);
        }
        long deadline = System.nanoTime() + SOON.toNanos();
        int status;
        do {
            try (EventStream next = EventStream.open(limited.port, "/api/res.partner/changes", "X-Session-Id", session)) {
                status = next.status;
            }
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status, "the place of the stream the gateway disconnected is free again");
    }

    @Test
    void anAnswerTooLargeForOnePollIsReadInParts() throws Exception {
        RunningGateway small = RunningGateway.withSettings("change-streams-small-answers", 17, Map.of("http.sse.poll-interval", "1",
                "odoo.http.max-response-bytes", "40000"));
        try (EventStream stream = open(small, small.odoo.openSession("admin"), "/api/res.partner/changes?query=" + q("{id, comment}")
                + "&filter=" + q("[[\"name\", \"ilike\", \"Large \"]]"))) {
            List<Map<String, Object>> large = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                large.add(Map.of("name", "Large " + i, "comment", "y".repeat(8_000), "active", true));
            }
            List<Integer> ids = small.odoo.commit(Instant.now(), "res.partner", large);
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                seen.add(data(stream.next(SOON)).path("id").asInt());
            }
            assertEquals(ids, seen);
        }
    }

    @Test
    void aStreamWhoseSessionEndsIsEnded() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        try (EventStream stream = open(session, changes("[[\"name\", \"ilike\", \"Expired \"]]"))) {
            GATEWAY.odoo.expireSession(session);
            assertTrue(stream.endsCleanly(SOON));
        }
    }

    @Test
    void streamsEndCleanlyOnShutdown() throws Exception {
        RunningGateway stopping = RunningGateway.withSettings("change-streams-shutdown", 17, Map.of());
        String session = stopping.odoo.openSession("admin");
        try (EventStream stream = EventStream.open(stopping.port, "/api/res.partner/changes", "X-Session-Id", session)) {
            assertEquals(200, stream.status);
            stream.awaitOpen();
            long start = System.nanoTime();
            assertTrue(stopping.shutDown(Duration.ofSeconds(60)));
            assertTrue(stream.endsCleanly(Duration.ofSeconds(5)));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "an open stream does not hold the shutdown up");
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnected() throws Exception {
        String session = GATEWAY.odoo.openSession("admin");
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", GATEWAY.port));
            socket.getOutputStream().write(("GET " + changes("[[\"name\", \"ilike\", \"Flood \"]]") + " HTTP/1.1\r\nHost: x\r\n"
                    + "X-Session-Id: " + session + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(1_500);
            String padding = "x".repeat(1_000);
            List<Map<String, Object>> flood = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                flood.add(Map.of("name", "Flood " + i + " " + padding, "active", true));
            }
            GATEWAY.odoo.commit(Instant.now(), "res.partner", flood);
            Thread.sleep(8_000);
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[65536];
            long read = 0;
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read += n;
                }
            } catch (SocketException reset) {
                // the gateway closed the connection: what was in flight is lost, as it should be
            }
            assertTrue(read < 5_000L * 1_000, "the gateway closed the stream instead of buffering all " + read + " bytes");
        }
    }
}
