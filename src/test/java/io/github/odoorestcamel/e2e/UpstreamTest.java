package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the gateway sends to Odoo, and how it survives answers too large to hold. */
class UpstreamTest {

    @Test
    void nothingButThePathReachesOdoo() {
        RunningGateway gateway = RunningGateway.odoo(17);
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/?page_size=2&page=1");
        gateway.odoo.resetCalls();
        assertEquals(200, gateway.getAs(session, "/api/res.country/?page_size=2&page=1").status());
        assertEquals(List.of("POST /web/dataset/call_kw/res.country/web_search_read HTTP/1.1"),
                gateway.odoo.calls().stream().map(RecordedCall::requestLine).toList());
    }

    @Test
    void hugeAnswersAreJsonBadGatewaysAndLeaveNothingInFlight() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("huge-answers", 17, Map.of("odoo.http.max-response-bytes", "1048576"));
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/");
        gateway.odoo.floodNextAnswers(4, 300_000_000L);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(clients.submit(() -> gateway.getAs(session, "/api/res.country/")));
        }
        for (Future<Reply> reply : replies) {
            Reply answer = reply.get();
            assertEquals(502, answer.status(), answer.body());
            assertEquals("Odoo's answer is larger than 1048576 bytes", answer.errorMessage());
        }
        clients.shutdown();
        assertTrue(gateway.odoo.floodedBytes() < 200_000_000L, "the gateway stopped reading: " + gateway.odoo.floodedBytes());
        assertEquals(200, gateway.getAs(session, "/api/res.country/").status(), "the gateway still answers");
        long started = System.nanoTime();
        assertTrue(gateway.shutDown(Duration.ofSeconds(30)), "the gateway ends");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds < 15, "no request is left in flight to wait for: shutdown took " + seconds + " s");
    }
}
