package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odoo answers far larger than the limit: each is a JSON 502, the gateway stops reading it, holds
 * no more than the limit in memory (checked in a JVM with the recommended heap), and leaves nothing
 * in flight (checked by a quick graceful shutdown).
 */
class HugeAnswersTest {

    @Test
    void hugeAnswersAreJsonBadGatewaysAndLeaveNothingInFlight() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("huge-answers", 17, Map.of("odoo.http.max-response-bytes", "1048576"));
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/");
        for (Reply answer : floodedReads(gateway, session, 4)) {
            assertEquals(502, answer.status(), answer.body());
            assertEquals("Odoo's answer is larger than 1048576 bytes", answer.errorMessage());
        }
        assertTrue(gateway.odoo.floodedBytes() < 200_000_000L, "the gateway stopped reading: " + gateway.odoo.floodedBytes());
        assertEquals(200, gateway.getAs(session, "/api/res.country/").status(), "the gateway still answers");
        assertEquals(0, inFlightOnceSettled(gateway), "no request is left counted in flight");
        long started = System.nanoTime();
        assertTrue(gateway.shutDown(Duration.ofSeconds(30)), "the gateway ends");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds < 15, "no request is left in flight to wait for: shutdown took " + seconds + " s");
    }

    @Test
    void theDefaultLimitFitsTheRecommendedHeap(@TempDir Path dir) throws Exception {
        ChildJvm.Run run = ChildJvm.run(FloodedGateway.class, List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                dir.resolve("gateway.log"));
        assertEquals(0, run.exitCode(), run.tail());
    }

    /** Camel counts an exchange out just after its answer is written: give it a moment. */
    private static int inFlightOnceSettled(RunningGateway gateway) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gateway.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return gateway.inFlight();
    }

    static List<Reply> floodedReads(RunningGateway gateway, String session, int count) throws Exception {
        gateway.odoo.floodNextAnswers(count, 300_000_000L);
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                replies.add(clients.submit(() -> gateway.getAs(session, "/api/res.country/")));
            }
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get());
            }
            return answers;
        } finally {
            clients.shutdown();
        }
    }

    /** In the child JVM: the gateway with its default settings, four 300 MB answers at once, twice, then a normal read. */
    public static final class FloodedGateway {

        public static void main(String[] args) throws Exception {
            RunningGateway gateway = RunningGateway.odoo(17);
            String session = gateway.login("admin");
            gateway.getAs(session, "/api/res.country/");
            for (int round = 0; round < 2; round++) {
                for (Reply answer : floodedReads(gateway, session, 4)) {
                    if (answer.status() != 502 || !answer.errorMessage().startsWith("Odoo's answer is larger than")) {
                        throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
                    }
                }
            }
            if (gateway.getAs(session, "/api/res.country/").status() != 200) {
                throw new IllegalStateException("the gateway no longer answers");
            }
            System.exit(0);
        }
    }
}
