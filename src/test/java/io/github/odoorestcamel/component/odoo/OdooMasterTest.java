package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of a route {@code from("master:odoo-partners:odoo:res.partner")} sharing a lock
 * file (and, as a deployment shares a database, the consumer's state): only the leader polls, and
 * when it stops the other takes over where it left off.
 */
class OdooMasterTest {

    @TempDir
    Path lockDir;
    @TempDir
    Path stateDir;

    private CamelContext instance(OdooSimulator odoo, StateRepository<String, String> states, Instant since) throws Exception {
        CamelContext context = OdooContexts.create(odoo, true, stateDir);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        context.getRegistry().bind("states", states);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:odoo-partners:odoo:res.partner?delay=100&initialDelay=0&stateRepository=#states&fields=id&since="
                        + since.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)).to("mock:changes");
            }
        });
        context.start();
        return context;
    }

    private static List<Map<String, Object>> partners(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i)).toList();
    }

    private static List<Object> bodies(CamelContext context) {
        List<Object> bodies = new ArrayList<>();
        context.getEndpoint("mock:changes", MockEndpoint.class).getReceivedExchanges().forEach(e -> bodies.add(e.getIn().getBody()));
        return bodies;
    }

    @Test
    void onlyTheLeaderPollsAndAnotherTakesOverWhenItStops() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            MemoryStateRepository states = new MemoryStateRepository();
            Instant start = Instant.now();
            List<CamelContext> instances = new ArrayList<>(List.of(instance(odoo, states, start), instance(odoo, states, start)));
            try {
                List<Integer> first = odoo.commit(start, "res.partner", partners("First", 3));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (bodies(instances.get(0)).size() + bodies(instances.get(1)).size() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(500);
                CamelContext leader = bodies(instances.get(0)).isEmpty() ? instances.get(1) : instances.get(0);
                CamelContext follower = leader == instances.get(0) ? instances.get(1) : instances.get(0);
                assertEquals(first.stream().map(id -> Map.of("id", id)).toList(), bodies(leader));
                assertEquals(List.of(), bodies(follower), "the other instance does not poll");

                leader.stop();
                instances.remove(leader);
                List<Integer> later = odoo.commit(start.plusSeconds(1), "res.partner", partners("Later", 2));
                MockEndpoint takenOver = follower.getEndpoint("mock:changes", MockEndpoint.class);
                takenOver.expectedMessageCount(2);
                takenOver.assertIsSatisfied(TimeUnit.SECONDS.toMillis(20));
                Thread.sleep(500);
                assertEquals(later.stream().map(id -> Map.of("id", id)).toList(), bodies(follower),
                        "the new leader goes on from the shared state");
            } finally {
                instances.forEach(CamelContext::stop);
            }
        }
    }
}
