package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.EmbeddedKafka;
import io.github.odoorestcamel.bundles.infra.KafkaClient;
import io.github.odoorestcamel.bundles.infra.Partners;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.bundles.infra.TcpGate;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands bundle on Kafka (broker.kind=kafka), against a real broker shared by the Kafka tests. */
class KafkaCommandsBundleTest {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    private EmbeddedKafka kafka;
    private OdooSimulator odoo;
    private TcpGate gate;
    private KafkaClient client;
    private Map<String, String> settings;
    private String commands;
    private String deadLetters;
    private final List<RunningBundles> apps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafka.shared();
        odoo = new OdooSimulator(17).start();
        gate = new TcpGate(URI.create(odoo.url()).getPort());
        client = new KafkaClient(kafka.url());
        String prefix = "commands" + TOPICS.incrementAndGet();
        commands = prefix + ".in";
        deadLetters = prefix + ".dlq";
        kafka.createTopic(commands, 3);
        settings = RunningBundles.baseSettings(odoo);
        settings.put("odoo.url", gate.url());
        settings.put("bundles", "commands");
        settings.put("broker.kind", "kafka");
        settings.put("broker.url", kafka.url());
        settings.put("commands.queue", commands);
        settings.put("commands.dlq", deadLetters);
        settings.put("commands.kafka-group", prefix);
        settings.put("commands.max-redeliveries", "4");
        settings.put("commands.redelivery-delay-ms", "200");
    }

    @AfterEach
    void stop() throws Exception {
        apps.forEach(RunningBundles::close);
        client.close();
        gate.close();
        odoo.close();
    }

    @Test
    void aRequestIsAnsweredOnItsReplyToTopicWithItsCorrelationId() throws Exception {
        start(settings);
        String replies = commands + ".replies";
        kafka.createTopic(replies, 1);
        KafkaConsumer<String, String> answers = client.read(replies);
        client.send(commands, "C-1", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Created\",\"ref\":\"C-1\"}}",
                Map.of("reply-to", replies, "correlation-id", "corr-1"));
        client.send(commands, "C-1", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"no_such_field\":1}}",
                Map.of("reply-to", replies, "correlation-id", "corr-2"));
        List<ConsumerRecord<String, String>> received = KafkaClient.drain(answers, 2, 30_000);
        assertEquals(List.of("corr-1", "corr-2"), received.stream().map(r -> KafkaClient.header(r, "correlation-id")).toList());
        int id = Json.MAPPER.readTree(received.get(0).value()).path("result").asInt();
        assertEquals("Created", odoo.row("res.partner", id).get("name"));
        JsonNode refused = Json.MAPPER.readTree(received.get(1).value());
        assertEquals(400, refused.path("error").path("status").asInt());
        assertTrue(refused.path("error").path("message").asText().contains("no_such_field"), refused.toString());
    }

    @Test
    void aPoisonCommandIsDeadLetteredAtOnceWithItsReasonsAndTheNextOneOfItsPartitionIsApplied() throws Exception {
        start(settings);
        KafkaConsumer<String, String> dead = client.read(deadLetters);
        client.send(commands, "K", "not json", Map.of());
        String unknownModel = "{\"model\":\"x.unknown\",\"operation\":\"upsert\",\"key\":\"ref\",\"values\":{\"ref\":\"A\"}}";
        client.send(commands, "K", unknownModel, Map.of());
        client.send(commands, "K", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"After the poison\"}}", Map.of());
        List<ConsumerRecord<String, String>> letters = KafkaClient.drain(dead, 2, 30_000);
        assertEquals(List.of("not json", unknownModel), letters.stream().map(ConsumerRecord::value).toList());
        assertEquals("K", letters.get(0).key(), "the dead letter keeps its key");
        assertEquals("400", KafkaClient.header(letters.get(0), "OdooErrorStatus"));
        assertEquals("InvalidCommand", KafkaClient.header(letters.get(0), "OdooErrorName"));
        assertTrue(KafkaClient.header(letters.get(0), "OdooErrorMessage").contains("not JSON"));
        assertEquals("404", KafkaClient.header(letters.get(1), "OdooErrorStatus"));
        Partners.await(odoo, "After the poison", 1);
        assertEquals(1, odoo.calls().stream().filter(call -> call.body() != null && call.body().toString().contains("x.unknown")).count(),
                "a refused command is not tried again");
    }

    @Test
    void whileOdooIsDownACommandIsRetriedAndAppliedOnceWhenItReturns() throws Exception {
        start(settings);
        KafkaConsumer<String, String> dead = client.read(deadLetters);
        gate.shut();
        client.send(commands, "R", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Retried\"}}", Map.of());
        Thread.sleep(700);
        gate.open();
        Partners.await(odoo, "Retried", 1);
        Thread.sleep(1_500);
        assertEquals(1, Partners.named(odoo, "Retried"), "applied once");
        assertEquals(List.of(), KafkaClient.drain(dead, 1, 500));
    }

    @Test
    void aRestartedInstanceReadsOnlyTheCommandsWhoseOffsetItHadNotCommitted() throws Exception {
        RunningBundles app = start(settings);
        for (int i = 0; i < 3; i++) {
            client.send(commands, "P-" + i, "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Before\"}}", Map.of());
        }
        Partners.await(odoo, "Before", 3);
        app.stop();
        client.send(commands, "P-0", "{\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"While stopped\"}}", Map.of());
        app.restart();
        Partners.await(odoo, "While stopped", 1);
        Thread.sleep(1_500);
        assertEquals(1, applied(app), "only the command sent while it was stopped");
        assertEquals(3, Partners.named(odoo, "Before"));
    }

    @Test
    void twoInstancesOnThreePartitionsApplyEachCommandOnceAndTheCommandsOfAKeyInOrder() throws Exception {
        settings.put("commands.concurrency", "1");
        RunningBundles one = start(settings);
        Map<String, String> other = new java.util.HashMap<>(RunningBundles.baseSettings(odoo));
        other.putAll(settings);
        other.put("http.port", String.valueOf(RunningBundles.freePort()));
        other.put("camel.management.port", String.valueOf(RunningBundles.freePort()));
        RunningBundles two = start(other);
        int keys = 60;
        int versions = 4;
        String duplicate = "{\"id\":\"once\",\"model\":\"res.partner\",\"operation\":\"create\",\"values\":{\"name\":\"Once\"}}";
        client.send(commands, "once", duplicate, Map.of());
        for (int version = 0; version < versions; version++) {
            for (int key = 0; key < keys; key++) {
                client.send(commands, "BULK-" + key, "{\"model\":\"res.partner\",\"operation\":\"upsert\",\"key\":\"ref\","
                        + "\"values\":{\"ref\":\"BULK-" + key + "\",\"name\":\"Bulk " + key + " v" + version + "\"}}", Map.of());
            }
        }
        client.send(commands, "once", duplicate, Map.of());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && applied(one) + applied(two) < keys * versions + 1) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000);
        assertEquals(keys * versions + 1, applied(one) + applied(two), "each command applied once, the duplicate id not again");
        assertTrue(applied(one) > 0 && applied(two) > 0, "both instances share the partitions: " + applied(one) + " and " + applied(two));
        Map<String, String> names = odoo.rows("res.partner").stream().map(id -> odoo.row("res.partner", id))
                .filter(row -> String.valueOf(row.get("ref")).startsWith("BULK-"))
                .collect(Collectors.toMap(row -> (String) row.get("ref"), row -> (String) row.get("name"), (a, b) -> a + "|" + b));
        assertEquals(keys, names.size(), "one record per key");
        for (int key = 0; key < keys; key++) {
            assertEquals("Bulk " + key + " v" + (versions - 1), names.get("BULK-" + key), "the last command of the key wins");
        }
        assertEquals(1, Partners.named(odoo, "Once"));
    }

    private RunningBundles start(Map<String, String> instance) {
        RunningBundles app = RunningBundles.start(instance);
        apps.add(app);
        return app;
    }

    private static double applied(RunningBundles app) {
        MeterRegistry meters = app.context().getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        return meters.find("gateway.commands.applied").counters().stream().mapToDouble(Counter::count).sum();
    }
}
