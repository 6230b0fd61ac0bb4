package io.github.odoorestcamel.bundles.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.EmbeddedKafka;
import io.github.odoorestcamel.bundles.infra.KafkaClient;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.e2e.GatewayProcess;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed on Kafka (broker.kind=kafka), against a real broker shared by the Kafka tests. */
class KafkaFeedBundleTest {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    private EmbeddedKafka kafka;
    private OdooSimulator odoo;
    private KafkaClient client;
    private Map<String, String> settings;
    private String topic;
    private RunningBundles app;

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafka.shared();
        odoo = new OdooSimulator(17).start();
        client = new KafkaClient(kafka.url());
        String prefix = "feed" + TOPICS.incrementAndGet();
        topic = prefix + ".res.partner";
        settings = RunningBundles.baseSettings(odoo);
        settings.put("bundles", "feed");
        settings.put("feed.models", "res.partner");
        settings.put("feed.delay", "1");
        settings.put("broker.kind", "kafka");
        settings.put("broker.url", kafka.url());
        settings.put("feed.kafka-topic", prefix + ".${header.OdooModel}");
        settings.put("odoo.rest.datetime-format", "odoo");
        // the records of the demo data are older: only what the tests change is published
        settings.put("feed.since", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        client.close();
        odoo.close();
    }

    @Test
    void everyChangeOfARecordIsKeyedByItAndKeepsItsOrderInOnePartition() throws Exception {
        kafka.createTopic(topic, 3);
        app = RunningBundles.start(settings);
        KafkaConsumer<String, String> changes = client.read(topic);
        List<Integer> ids = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "A v0"), Map.of("name", "B v0"),
                Map.of("name", "C v0")));
        List<ConsumerRecord<String, String>> received = new ArrayList<>(KafkaClient.drain(changes, 3, 30_000));
        for (int version = 1; version <= 2; version++) {
            // a later second, so that each version is a change of its own
            Thread.sleep(1_100);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 3 - version; i++) {
                rows.add(Map.of("id", ids.get(i), "name", (char) ('A' + i) + " v" + version));
            }
            odoo.commit(Instant.now(), "res.partner", rows);
            received.addAll(KafkaClient.drain(changes, 3 - version, 30_000));
        }
        assertEquals(List.of(), KafkaClient.drain(changes, 1, 2_000), "one record per change");
        assertEquals(6, received.size(), "A three times, B twice, C once");
        Map<String, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        received.forEach(record -> byKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record));
        for (int i = 0; i < 3; i++) {
            int id = ids.get(i);
            List<ConsumerRecord<String, String>> changesOfRecord = byKey.get("res.partner:" + id);
            assertEquals(3 - i, changesOfRecord.size(), "changes of record " + id);
            assertEquals(1, changesOfRecord.stream().map(ConsumerRecord::partition).distinct().count(), "one partition per record");
            for (int version = 0; version < changesOfRecord.size(); version++) {
                ConsumerRecord<String, String> record = changesOfRecord.get(version);
                JsonNode body = Json.MAPPER.readTree(record.value());
                assertEquals((char) ('A' + i) + " v" + version, body.path("record").path("name").asText(), "in order");
                assertEquals("res.partner", KafkaClient.header(record, "OdooModel"));
                assertEquals(String.valueOf(id), KafkaClient.header(record, "OdooId"));
                assertEquals("res.partner:" + id + ":" + body.path("write_date").asText(), KafkaClient.header(record, "OdooEventId"));
            }
        }
    }

    @Test
    void whileKafkaIsDownChangesWaitAndEveryOneIsDeliveredWhenItReturns() throws Exception {
        app = RunningBundles.start(settings);
        int first = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Before the outage"))).get(0);
        KafkaConsumer<String, String> changes = client.read(topic);
        assertEquals(List.of(first), ids(KafkaClient.drain(changes, 1, 30_000)));
        kafka.halt();
        try {
            List<Integer> during = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                during.add(odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "During the outage " + i))).get(0));
                Thread.sleep(700);
            }
            Thread.sleep(2_000);
            kafka.resume();
            List<ConsumerRecord<String, String>> received = KafkaClient.drain(changes, 10, 10_000);
            assertEquals(during, ids(received), "every change made while Kafka was down, once, in order");
        } finally {
            kafka.resume();
        }
    }

    @Test
    void aGatewayKilledMidBatchLosesNothingAndRepeatsAtMostTheRecordInFlight() throws Exception {
        Map<String, String> environment = new HashMap<>();
        settings.forEach((key, value) -> environment.put(key.toUpperCase().replace('.', '_').replace('-', '_'), value));
        environment.put("BUNDLES", "rest,feed");
        // GatewayProcess chooses the REST API's port
        environment.remove("HTTP_PORT");
        environment.put("ODOO_STATE_DIR", Files.createTempDirectory("state").toString());
        int batch = 300;
        Set<String> expected = new HashSet<>();
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (GatewayProcess first = GatewayProcess.start("kafka-feed-killed", odoo.url(), "256m", environment)) {
            KafkaConsumer<String, String> changes = null;
            List<Integer> ids = odoo.commit(Instant.now(), "res.partner",
                    IntStream.range(0, batch).mapToObj(i -> Map.<String, Object>of("name", "Batch " + i)).toList());
            ids.forEach(id -> expected.add("res.partner:" + id));
            changes = client.read(topic);
            received.addAll(KafkaClient.drain(changes, batch / 10, 60_000));
            first.kill();
            assertTrue(received.size() < batch, "killed before the batch was through");
            try (GatewayProcess second = GatewayProcess.start("kafka-feed-restarted", odoo.url(), "256m", environment)) {
                received.addAll(KafkaClient.drain(changes, Integer.MAX_VALUE, 8_000));
            }
        }
        Map<String, Integer> copies = new HashMap<>();
        Set<String> records = new HashSet<>();
        for (ConsumerRecord<String, String> record : received) {
            copies.merge(KafkaClient.header(record, "OdooEventId"), 1, Integer::sum);
            records.add(record.key());
        }
        assertEquals(expected, records, "every record of the batch, none lost");
        List<String> repeated = copies.entrySet().stream().filter(copy -> copy.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(repeated.size() <= 1 && copies.values().stream().allMatch(n -> n <= 2),
                "at most the record in flight is sent again, with the same event id: " + repeated);
        assertEquals(batch + repeated.size(), received.size());
    }

    private static List<Integer> ids(List<ConsumerRecord<String, String>> records) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            ids.add(Json.MAPPER.readTree(record.value()).path("id").asInt());
        }
        return ids;
    }
}
