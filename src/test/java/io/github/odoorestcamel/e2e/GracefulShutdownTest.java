package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * SECURITY-CHECKS graceful_drain and drain_refusal: requests in flight at shutdown complete; new ones
 * get a JSON 503 with Retry-After while they do, and nothing once the process has ended.
 */
class GracefulShutdownTest {

    @Test
    void requestsInFlightCompleteAndTheProcessEnds() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("drain", 17, Map.of());
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/");
        gateway.odoo.delay(3000);
        gateway.odoo.resetCalls();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<Reply>> inFlight = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inFlight.add(clients.submit(() -> gateway.getAs(session, "/api/res.country/")));
        }
        // each request is one call to Odoo, which holds it: once Odoo has them all, all are in flight
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (gateway.odoo.callCount() < inFlight.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(inFlight.size(), gateway.odoo.callCount(), "every request is in flight before the shutdown");
        Thread stopper = new Thread(() -> {
            try {
                gateway.shutDown(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        RawHttp.Answer refused = firstAnswerWhileDraining(gateway);
        assertEquals(503, refused.status(), refused.body());
        assertEquals(503, refused.json().path("error").path("code").asInt(), "a JSON error, never an empty body");
        assertNotNull(refused.headers().get("retry-after"), "the client is told when to come back");
        for (Future<Reply> reply : inFlight) {
            assertEquals(200, reply.get().status(), "a request in flight must complete");
        }
        stopper.join(30_000);
        assertTrue(!stopper.isAlive(), "the gateway ends");
        assertThrows(IllegalStateException.class, () -> gateway.getAs(session, "/api/res.country/"), "new requests are refused");
        clients.shutdown();
    }

    /** A new request sent while the requests in flight hold the shutdown: once shutdown has begun it is refused. */
    private static RawHttp.Answer firstAnswerWhileDraining(RunningGateway gateway) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        RawHttp.Answer answer = RawHttp.get(gateway.port, "/api/res.country/");
        while (answer.status() == 401 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = RawHttp.get(gateway.port, "/api/res.country/");
        }
        return answer;
    }
}
