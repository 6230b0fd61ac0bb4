package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.bundles.infra.BrokerClient;
import io.github.odoorestcamel.bundles.infra.EmbeddedBroker;
import io.github.odoorestcamel.bundles.infra.EmbeddedDatabase;
import io.github.odoorestcamel.bundles.infra.KubernetesApi;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.github.odoorestcamel.sim.RecordedCall;
import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Several instances share the work: one polls each mirrored model (elected by lock files or Kubernetes Leases), all compete for commands. */
class ScalingOutTest {

    @Test
    void oneInstanceMirrorsAModelAndAnotherTakesOverWhenItStops() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.create();
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            Map<String, String> first = mirrorSettings(odoo, database);
            String secondKey = odoo.newApiKey("admin");
            Map<String, String> second = anotherInstance(first, secondKey);

            int id = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Watched"))).get(0);
            try (RunningBundles one = RunningBundles.start(first); RunningBundles other = RunningBundles.start(second)) {
                awaitName(database, id, "Watched");
                odoo.resetCalls();
                Thread.sleep(3_000);
                long byFirst = callsWithKey(odoo, OdooSimulator.ADMIN_API_KEY);
                long bySecond = callsWithKey(odoo, secondKey);
                // whichever took the lock first is the leader: exactly one of the two polls
                assertTrue(byFirst > 0 != bySecond > 0, "exactly one instance polls: " + byFirst + " and " + bySecond + " calls");
                RunningBundles leader = byFirst > 0 ? one : other;
                String standbyKey = byFirst > 0 ? secondKey : OdooSimulator.ADMIN_API_KEY;

                leader.stop();
                odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "name", "Seen by the standby")));
                awaitName(database, id, "Seen by the standby");
                assertTrue(callsWithKey(odoo, standbyKey) > 0, "the standby took over");
            }
        }
    }

    @Test
    void acrossHostsOnePodHoldsTheLeaseAndAnotherTakesOverWithinTheLeaseDurationNeverBothAtOnce() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.create();
        try (OdooSimulator odoo = new OdooSimulator(17).start(); KubernetesApi kubernetes = KubernetesApi.start()) {
            Map<String, String> first = mirrorSettings(odoo, database);
            first.putAll(kubernetes.clusterSettings("gateway-a"));
            String secondKey = odoo.newApiKey("admin");
            Map<String, String> second = anotherInstance(first, secondKey);
            second.putAll(kubernetes.clusterSettings("gateway-b"));
            // two hosts: nothing on disk in common
            second.put("odoo.state-dir", RunningBundles.temporaryFolder("state"));
            second.put("cluster.lock-dir", RunningBundles.temporaryFolder("cluster"));
            kubernetes.runPod("gateway-a");
            kubernetes.runPod("gateway-b");

            int id = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Watched"))).get(0);
            odoo.resetCalls();
            try (RunningBundles one = RunningBundles.start(first); RunningBundles other = RunningBundles.start(second)) {
                awaitName(database, id, "Watched");
                Thread.sleep(3_000);
                long byFirst = partnerCallsWithKey(odoo, OdooSimulator.ADMIN_API_KEY);
                long bySecond = partnerCallsWithKey(odoo, secondKey);
                assertTrue(byFirst > 0 != bySecond > 0, "exactly one pod polls: " + byFirst + " and " + bySecond + " calls");
                boolean firstLeads = byFirst > 0;
                RunningBundles standby = firstLeads ? other : one;
                assertEquals(200, readiness(standby), "a standby is ready, else Kubernetes would not count it as a candidate");

                (firstLeads ? one : other).stop();
                kubernetes.deletePod(firstLeads ? "gateway-a" : "gateway-b");
                long stopped = System.nanoTime();
                String standbyKey = firstLeads ? secondKey : OdooSimulator.ADMIN_API_KEY;
                while (partnerCallsWithKey(odoo, standbyKey) == 0 && System.nanoTime() - stopped < 30_000_000_000L) {
                    Thread.sleep(50);
                }
                long tookOverMillis = (System.nanoTime() - stopped) / 1_000_000;
                // the Lease is free at the latest after its duration (4 s) and the standby looks every retry period (1 s, with
                // Camel's jitter of 1.2); its odoo: consumer then starts (initialDelay 1 s) and polls (delay 1 s); 1 s for a loaded machine
                assertTrue(tookOverMillis < 9_000, "the standby polls within the lease duration, a retry period and its first poll, not after "
                        + tookOverMillis + " ms");
                odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "name", "Seen by the standby")));
                awaitName(database, id, "Seen by the standby");

                List<String> pollers = odoo.calls().stream().filter(ScalingOutTest::readsPartners)
                        .map(call -> call.body().toString().contains(secondKey) ? "b" : "a").distinct().toList();
                assertEquals(firstLeads ? List.of("a", "b") : List.of("b", "a"), pollers,
                        "the leader's calls all come before the standby's first: never both at once");
            }
        }
    }

    @Test
    void theFeedOfAPodThatStopsGoesOnFromAnotherPodAtTheLastConfirmedMessage() throws Exception {
        EmbeddedDatabase positions = EmbeddedDatabase.create();
        try (OdooSimulator odoo = new OdooSimulator(17).start(); KubernetesApi kubernetes = KubernetesApi.start();
             EmbeddedBroker broker = EmbeddedBroker.start(); BrokerClient client = new BrokerClient(broker.connectionFactory())) {
            Map<String, String> first = RunningBundles.baseSettings(odoo);
            first.put("bundles", "feed");
            first.put("feed.models", "res.partner");
            first.put("feed.delay", "1");
            first.put("feed.destination", "jms:queue:feed.takeover");
            first.put("feed.since", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)));
            first.put("feed.state.jdbc-url", positions.jdbcUrl);
            first.put("feed.state.jdbc-user", EmbeddedDatabase.user());
            first.put("broker.url", broker.url());
            first.putAll(kubernetes.clusterSettings("gateway-a"));
            String secondKey = odoo.newApiKey("admin");
            Map<String, String> second = anotherInstance(first, secondKey);
            second.putAll(kubernetes.clusterSettings("gateway-b"));
            String secondState = RunningBundles.temporaryFolder("state");
            second.put("odoo.state-dir", secondState);
            second.put("cluster.lock-dir", RunningBundles.temporaryFolder("cluster"));
            kubernetes.runPod("gateway-a");
            kubernetes.runPod("gateway-b");
            MessageConsumer queue = client.subscribe(client.session().createQueue("feed.takeover"));

            Set<Integer> expected = new HashSet<>();
            List<TextMessage> received = new ArrayList<>();
            try (RunningBundles one = RunningBundles.start(first); RunningBundles other = RunningBundles.start(second)) {
                expected.add(partner(odoo, "Before the takeover 1"));
                expected.add(partner(odoo, "Before the takeover 2"));
                received.add((TextMessage) queue.receive(30_000));
                received.add((TextMessage) queue.receive(30_000));
                boolean firstLeads = partnerCallsWithKey(odoo, OdooSimulator.ADMIN_API_KEY) > 0;
                (firstLeads ? one : other).stop();
                kubernetes.deletePod(firstLeads ? "gateway-a" : "gateway-b");
                expected.add(partner(odoo, "While no pod leads"));
                Thread.sleep(5_000);
                expected.add(partner(odoo, "After the takeover"));
                received.addAll(BrokerClient.drain(queue, 6_000));
                assertTrue(partnerCallsWithKey(odoo, firstLeads ? secondKey : OdooSimulator.ADMIN_API_KEY) > 0, "the other pod took over");
            }
            Set<String> events = new HashSet<>();
            Set<Integer> records = new HashSet<>();
            for (TextMessage message : received) {
                assertTrue(events.add(message.getStringProperty("OdooEventId")), "duplicate event " + message.getStringProperty("OdooEventId"));
                records.add(Integer.valueOf(String.valueOf(message.getObjectProperty("OdooId"))));
            }
            assertEquals(expected, records, "every change published once, none skipped by the takeover");
            assertEquals(expected.size(), received.size());
            try (Connection connection = positions.dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM odoo_sync_state WHERE state_key = 'feed:res.partner'")) {
                assertTrue(rows.next() && rows.getInt(1) == 1, "the position is in the shared database");
            }
            assertFalse(Files.exists(Path.of(secondState, "feed.state")), "and not in a file of the pod");
        }
    }

    @Test
    void commandsAreSharedByCompetingInstances() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start(); EmbeddedBroker broker = EmbeddedBroker.start();
             BrokerClient client = new BrokerClient(broker.connectionFactory())) {
            Map<String, String> first = RunningBundles.baseSettings(odoo);
            first.put("bundles", "commands");
            first.put("broker.url", broker.url());
            first.put("commands.concurrency", "2");
            String secondKey = odoo.newApiKey("admin");
            Map<String, String> second = anotherInstance(first, secondKey);
            try (RunningBundles one = RunningBundles.start(first); RunningBundles two = RunningBundles.start(second)) {
                odoo.resetCalls();
                int commands = 200;
                for (int i = 0; i < commands; i++) {
                    client.send("odoo.commands", "{\"model\":\"res.partner.category\",\"operation\":\"create\","
                            + "\"values\":{\"name\":\"Shared " + i + "\"}}", Map.of());
                }
                long deadline = System.nanoTime() + 90_000_000_000L;
                while (System.nanoTime() < deadline && shared(odoo) < commands) {
                    Thread.sleep(200);
                }
                assertEquals(commands, shared(odoo));
                assertTrue(callsWithKey(odoo, OdooSimulator.ADMIN_API_KEY) > 0, "the first instance applied some");
                assertTrue(callsWithKey(odoo, secondKey) > 0, "the second instance applied some");
            }
        }
    }

    /** One instance mirroring res.partner every second into the database. */
    private static Map<String, String> mirrorSettings(OdooSimulator odoo, EmbeddedDatabase database) {
        Map<String, String> settings = RunningBundles.baseSettings(odoo);
        settings.put("bundles", "mirror");
        settings.put("mirror.models", "res.partner");
        settings.put("mirror.query.res.partner", "{id,name,write_date}");
        settings.put("mirror.jdbc-url", database.jdbcUrl);
        settings.put("mirror.jdbc-user", EmbeddedDatabase.user());
        settings.put("mirror.delay", "1");
        return settings;
    }

    /** The settings of a second instance: same work, its own port, and its own API key so its calls can be told apart. */
    private static Map<String, String> anotherInstance(Map<String, String> first, String apiKey) {
        Map<String, String> second = new HashMap<>(first);
        second.put("odoo.api-key", apiKey);
        second.put("http.port", String.valueOf(RunningBundles.freePort()));
        second.put("camel.management.port", String.valueOf(RunningBundles.freePort()));
        return second;
    }

    /** Creates a partner now; its id. */
    private static int partner(OdooSimulator odoo, String name) {
        return odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", name))).get(0);
    }

    private static long shared(OdooSimulator odoo) {
        return odoo.rows("res.partner.category").stream()
                .filter(id -> String.valueOf(odoo.row("res.partner.category", id).get("name")).startsWith("Shared ")).count();
    }

    private static long callsWithKey(OdooSimulator odoo, String key) {
        return odoo.calls().stream().filter(call -> call.body() != null && call.body().toString().contains(key)).count();
    }

    private static long partnerCallsWithKey(OdooSimulator odoo, String key) {
        return odoo.calls().stream().filter(call -> readsPartners(call) && call.body().toString().contains(key)).count();
    }

    private static boolean readsPartners(RecordedCall call) {
        return call.body() != null && call.body().toString().contains("\"res.partner\"");
    }

    private static int readiness(RunningBundles instance) throws Exception {
        String port = instance.context().resolvePropertyPlaceholders("{{camel.management.port}}");
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/observe/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode();
    }

    private static void awaitName(EmbeddedDatabase database, int id, String name) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM odoo_res_partner WHERE id = " + id)) {
                if (rows.next() && name.equals(rows.getString(1))) {
                    return;
                }
            } catch (java.sql.SQLException tableNotThereYet) {
                // the first batch creates it
            }
            Thread.sleep(100);
        }
        throw new AssertionError("row " + id + " never read " + name);
    }
}
