package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.BrokerClient;
import io.github.odoorestcamel.bundles.infra.EmbeddedBroker;
import io.github.odoorestcamel.bundles.infra.Partners;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.bundles.infra.TcpGate;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandsBundleTest {

    private OdooSimulator odoo;
    private TcpGate gate;
    private EmbeddedBroker broker;
    private BrokerClient client;
    private RunningBundles app;

    @BeforeEach
    void start() throws Exception {
        odoo = new OdooSimulator(17).start();
        gate = new TcpGate(URI.create(odoo.url()).getPort());
        broker = EmbeddedBroker.start();
        client = new BrokerClient(broker.connectionFactory());
        Map<String, String> settings = RunningBundles.baseSettings(odoo);
        settings.put("odoo.url", gate.url());
        settings.put("bundles", "commands");
        settings.put("broker.url", broker.url());
        settings.put("commands.max-redeliveries", "4");
        settings.put("commands.redelivery-delay-ms", "200");
        app = RunningBundles.start(settings);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        client.close();
        broker.close();
        gate.close();
        odoo.close();
    }

    @Test
    void everyOperationRepliesToJmsReplyToWithTheCorrelationId() throws Exception {
        JsonNode created = request("{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Created\",\"ref\":\"C-1\"}}");
        int id = created.path("result").asInt();
        assertEquals("Created", odoo.row("res.partner", id).get("name"));

        assertTrue(request("{\"model\":\"res.partner\",\"operation\":\"write\",\"ids\":[" + id + "],\"values\":{\"email\":\"c1@example.com\"}}")
                .path("result").asBoolean());
        assertEquals("c1@example.com", odoo.row("res.partner", id).get("email"));

        assertEquals(id, request("{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"ref\","
                + "\"values\":{\"ref\":\"C-1\",\"name\":\"Upserted\"}}").path("result").asInt());
        assertEquals("Upserted", odoo.row("res.partner", id).get("name"));
        int other = request("{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"ref\","
                + "\"values\":{\"ref\":\"C-2\",\"name\":\"New by upsert\"}}").path("result").asInt();
        assertEquals("New by upsert", odoo.row("res.partner", other).get("name"));

        JsonNode found = request("{\"model\":\"res.partner\",\"operation\":\"call\",\"method\":\"search\","
                + "\"args\":[[[\"ref\",\"=\",\"C-2\"]]]}");
        assertEquals("[" + other + "]", found.path("result").toString());

        assertTrue(request("{\"model\":\"res.partner\",\"operation\":\"unlink\",\"ids\":[" + other + "]}").path("result").asBoolean());
        assertNull(odoo.row("res.partner", other));
    }

    @Test
    void aMalformedOrRefusedCommandGoesToTheDeadLetterQueueAtOnceWithItsError() throws Exception {
        MessageConsumer dlq = client.subscribe(client.session().createQueue("odoo.commands.dlq"));
        client.send("odoo.commands", "not json", Map.of());
        TextMessage dead = (TextMessage) dlq.receive(30_000);
        assertNotNull(dead);
        assertEquals("not json", dead.getText());
        assertEquals(400, dead.getIntProperty("OdooErrorStatus"));
        assertEquals("InvalidCommand", dead.getStringProperty("OdooErrorName"));
        assertTrue(dead.getStringProperty("OdooErrorMessage").contains("not JSON"));

        odoo.resetCalls();
        String unknownModel = "{\"model\":\"x.unknown\",\"operation\":\"upsert\",\"key\":\"ref\",\"values\":{\"ref\":\"A\"}}";
        client.send("odoo.commands", unknownModel, Map.of());
        dead = (TextMessage) dlq.receive(30_000);
        assertNotNull(dead);
        assertEquals(unknownModel, dead.getText());
        assertEquals(404, dead.getIntProperty("OdooErrorStatus"));
        assertEquals(1, odoo.calls().stream().filter(call -> call.body() != null && call.body().toString().contains("x.unknown")).count(),
                "a refused command is not tried again");

        JsonNode reply = request("{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"no_such_field\":1}}");
        assertEquals(400, reply.path("error").path("status").asInt());
        assertTrue(reply.path("error").path("message").asText().contains("no_such_field"), reply.toString());
        assertNotNull(dlq.receive(30_000), "the refused command is dead-lettered too");
    }

    @Test
    void whileOdooIsDownACommandIsRetriedAndAppliedOnceWhenItReturns() throws Exception {
        gate.shut();
        MessageConsumer dlq = client.subscribe(client.session().createQueue("odoo.commands.dlq"));
        client.send("odoo.commands", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Retried\"}}", Map.of());
        Thread.sleep(700);
        gate.open();
        Partners.await(odoo, "Retried", 1);
        Thread.sleep(2_000);
        assertEquals(1, Partners.named(odoo, "Retried"), "applied once");
        assertNull(dlq.receive(500));
    }

    @Test
    void aCommandThatKeepsFailingIsDeadLetteredAfterTheLastRedelivery() throws Exception {
        gate.shut();
        MessageConsumer dlq = client.subscribe(client.session().createQueue("odoo.commands.dlq"));
        long sent = System.nanoTime();
        String command = "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Never\"}}";
        client.send("odoo.commands", command, Map.of());
        TextMessage dead = (TextMessage) dlq.receive(60_000);
        long waitedMillis = (System.nanoTime() - sent) / 1_000_000;
        assertNotNull(dead);
        assertEquals(command, dead.getText());
        assertEquals(502, dead.getIntProperty("OdooErrorStatus"));
        // 4 redeliveries with growing delays: 200 + 400 + 800 + 1600 ms
        assertTrue(waitedMillis >= 3_000, "dead-lettered after " + waitedMillis + " ms");
        gate.open();
        Thread.sleep(1_000);
        assertEquals(0, Partners.named(odoo, "Never"));
    }

    @Test
    void aDuplicateCommandIdIsAppliedOnce() throws Exception {
        String command = "{\"id\":\"order-17\",\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Once\"}}";
        client.send("odoo.commands", command, Map.of());
        client.send("odoo.commands", command, Map.of());
        client.send("odoo.commands", command.replace("order-17", "order-18"), Map.of());
        Partners.await(odoo, "Once", 2);
        Thread.sleep(1_500);
        assertEquals(2, Partners.named(odoo, "Once"));
    }

    @Test
    void aThousandUpsertsOnFourConsumersGiveExactlyTheExpectedRecordsInGroupOrder() throws Exception {
        int keys = 250;
        int versions = 4;
        for (int version = 0; version < versions; version++) {
            for (int key = 0; key < keys; key++) {
                client.send("odoo.commands", "{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"ref\","
                        + "\"values\":{\"ref\":\"BULK-" + key + "\",\"name\":\"Bulk " + key + " v" + version + "\"}}",
                        Map.of("JMSXGroupID", "BULK-" + key));
            }
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        Map<String, String> names = Map.of();
        while (System.nanoTime() < deadline) {
            names = bulkNames();
            if (names.size() == keys && names.values().stream().allMatch(n -> n.endsWith(" v" + (versions - 1)))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(keys, names.size(), "one record per key");
        for (int key = 0; key < keys; key++) {
            assertEquals("Bulk " + key + " v" + (versions - 1), names.get("BULK-" + key), "the last command of the group wins");
        }
        assertEquals(keys, odoo.rows("res.partner").stream()
                .filter(id -> String.valueOf(odoo.row("res.partner", id).get("ref")).startsWith("BULK-")).count());
    }

    private Map<String, String> bulkNames() {
        return odoo.rows("res.partner").stream().map(id -> odoo.row("res.partner", id))
                .filter(row -> String.valueOf(row.get("ref")).startsWith("BULK-"))
                .collect(Collectors.toMap(row -> (String) row.get("ref"), row -> (String) row.get("name"), (a, b) -> a + "|" + b));
    }

    private JsonNode request(String command) throws Exception {
        TemporaryQueue replies = client.session().createTemporaryQueue();
        TextMessage message = client.session().createTextMessage(command);
        message.setJMSReplyTo(replies);
        String correlation = "corr-" + System.nanoTime();
        message.setJMSCorrelationID(correlation);
        try (MessageProducer producer = client.session().createProducer(client.session().createQueue("odoo.commands"));
             MessageConsumer consumer = client.subscribe(replies)) {
            producer.send(message);
            TextMessage reply = (TextMessage) consumer.receive(30_000);
            assertNotNull(reply, "no reply to " + command);
            assertEquals(correlation, reply.getJMSCorrelationID());
            return Json.MAPPER.readTree(reply.getText());
        }
    }
}
