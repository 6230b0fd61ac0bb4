package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** SECURITY-CHECKS graceful_drain: requests in flight at shutdown complete; new ones are refused. */
class GracefulShutdownTest {

    @Test
    void requestsInFlightCompleteAndTheProcessEnds() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("drain", 17, Map.of());
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/");
        gateway.odoo.delay(1500);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<Reply>> inFlight = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inFlight.add(clients.submit(() -> gateway.getAs(session, "/api/res.country/")));
        }
        Thread.sleep(500);
        Thread stopper = new Thread(() -> {
            try {
                gateway.shutDown(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        for (Future<Reply> reply : inFlight) {
            assertEquals(200, reply.get().status(), "a request in flight must complete");
        }
        stopper.join(30_000);
        assertTrue(!stopper.isAlive(), "the gateway ends");
        assertThrows(IllegalStateException.class, () -> gateway.getAs(session, "/api/res.country/"), "new requests are refused");
        clients.shutdown();
    }
}
