package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.bundles.infra.BrokerClient;
import io.github.odoorestcamel.bundles.infra.EmbeddedBroker;
import io.github.odoorestcamel.bundles.infra.EmbeddedDatabase;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several instances share the work: one polls each mirrored model, all compete for commands. */
class ScalingOutTest {

    @Test
    void oneInstanceMirrorsAModelAndAnotherTakesOverWhenItStops() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.create();
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            Map<String, String> first = RunningBundles.baseSettings(odoo);
            first.put("bundles", "mirror");
            first.put("mirror.models", "res.partner");
            first.put("mirror.query.res.partner", "{id,name,write_date}");
            first.put("mirror.jdbc-url", database.jdbcUrl);
            first.put("mirror.jdbc-user", EmbeddedDatabase.user());
            first.put("mirror.delay", "1");
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

    /** The settings of a second instance: same work, its own port, and its own API key so its calls can be told apart. */
    private static Map<String, String> anotherInstance(Map<String, String> first, String apiKey) {
        Map<String, String> second = new HashMap<>(first);
        second.put("odoo.api-key", apiKey);
        second.put("http.port", String.valueOf(RunningBundles.freePort()));
        second.put("camel.management.port", String.valueOf(RunningBundles.freePort()));
        return second;
    }

    private static long shared(OdooSimulator odoo) {
        return odoo.rows("res.partner.category").stream()
                .filter(id -> String.valueOf(odoo.row("res.partner.category", id).get("name")).startsWith("Shared ")).count();
    }

    private static long callsWithKey(OdooSimulator odoo, String key) {
        return odoo.calls().stream().filter(call -> call.body() != null && call.body().toString().contains(key)).count();
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
