package io.github.odoorestcamel.bundles.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.BrokerClient;
import io.github.odoorestcamel.bundles.infra.EmbeddedBroker;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedBundleTest {

    private OdooSimulator odoo;
    private EmbeddedBroker broker;
    private BrokerClient client;
    private Map<String, String> settings;
    private RunningBundles app;

    @BeforeEach
    void start() throws Exception {
        odoo = new OdooSimulator(17).start();
        broker = EmbeddedBroker.start();
        client = new BrokerClient(broker.connectionFactory());
        settings = RunningBundles.baseSettings(odoo);
        settings.put("bundles", "feed");
        settings.put("feed.models", "res.partner");
        settings.put("feed.delay", "1");
        settings.put("broker.url", broker.url());
        settings.put("odoo.rest.datetime-format", "odoo");
        // the records of the demo data are older: only what the tests change is published
        settings.put("feed.since", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1)));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        client.close();
        broker.close();
        odoo.close();
    }

    @Test
    void aRecordDeletedInOdooIsOneDeletedMessage() throws Exception {
        settings.put("feed.deletes", "1");
        MessageConsumer topic = client.subscribe(client.session().createTopic("odoo.changes.res.partner"));
        app = RunningBundles.start(settings);
        int id = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Deleted soon"))).get(0);
        assertNotNull(topic.receive(30_000), "no message for the creation");
        odoo.delete("res.partner", id);
        TextMessage message = (TextMessage) topic.receive(30_000);
        assertNotNull(message, "no message for the deletion");
        JsonNode body = Json.MAPPER.readTree(message.getText());
        assertEquals(List.of("model", "id", "change", "write_date", "record"), fieldNames(body));
        assertEquals("deleted", body.path("change").asText());
        assertEquals(id, body.path("id").asInt());
        assertEquals(Map.of("id", id), Json.MAPPER.convertValue(body.path("record"), Map.class));
        assertEquals("deleted", message.getStringProperty("OdooChange"));
        assertEquals("res.partner:" + id + ":deleted", message.getStringProperty("OdooEventId"));
        assertEquals(List.of(), BrokerClient.drain(topic, 2_500), "one message per deletion");
    }

    @Test
    void aChangeIsOneMessageWithTheDocumentedBodyAndHeaders() throws Exception {
        MessageConsumer topic = client.subscribe(client.session().createTopic("odoo.changes.res.partner"));
        app = RunningBundles.start(settings);
        int id = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Feed partner", "email", "feed@example.com"))).get(0);
        TextMessage message = (TextMessage) topic.receive(30_000);
        assertNotNull(message, "no message for the change");
        String writeDate = (String) odoo.row("res.partner", id).get("write_date");
        String second = writeDate.substring(0, 19);
        JsonNode body = Json.MAPPER.readTree(message.getText());
        assertEquals(List.of("model", "id", "change", "write_date", "record"), fieldNames(body));
        assertEquals("res.partner", body.path("model").asText());
        assertEquals(id, body.path("id").asInt());
        assertEquals("created", body.path("change").asText());
        assertEquals(second, body.path("write_date").asText());
        assertEquals("Feed partner", body.path("record").path("name").asText());
        assertEquals("feed@example.com", body.path("record").path("email").asText());
        assertFalse(body.path("record").has("image_128"), "binary fields are not published");
        assertFalse(body.path("record").has("display_name"), "computed fields that are not stored are not published");
        assertEquals("res.partner", message.getStringProperty("OdooModel"));
        assertEquals(id, message.getLongProperty("OdooId"));
        assertEquals("created", message.getStringProperty("OdooChange"));
        assertEquals("res.partner:" + id + ":" + second, message.getStringProperty("OdooEventId"));
        assertEquals(jakarta.jms.DeliveryMode.PERSISTENT, message.getJMSDeliveryMode());
        assertEquals(List.of(), BrokerClient.drain(topic, 2_500), "one message per change");
        MeterRegistry meters = app.context().getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        assertEquals(1.0, meters.find("gateway.messages.published").counters().stream().mapToDouble(Counter::count).sum(),
                "the message is counted once");
    }

    @Test
    void whileTheBrokerIsDownChangesWaitAndNoneIsLost() throws Exception {
        settings.put("feed.destination", "jms:queue:feed.changes");
        app = RunningBundles.start(settings);
        int first = odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Before the outage"))).get(0);
        MessageConsumer queue = client.subscribe(client.session().createQueue("feed.changes"));
        assertEquals(first, Json.MAPPER.readTree(((TextMessage) queue.receive(30_000)).getText()).path("id").asInt());
        client.close();
        broker.halt();
        List<Integer> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            during.add(odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "During the outage " + i))).get(0));
            Thread.sleep(700);
        }
        Thread.sleep(2_000);
        broker.resume();
        client = new BrokerClient(broker.connectionFactory());
        List<Integer> received = ids(BrokerClient.drain(client.subscribe(client.session().createQueue("feed.changes")), 6_000));
        assertEquals(during, received, "every change made while the broker was down, once, in order");
    }

    @Test
    void aRestartResumesEveryModelWithoutDuplicateOrGap() throws Exception {
        settings.put("feed.models", "res.partner,res.partner.category");
        settings.put("feed.destination", "jms:queue:feed.restart");
        app = RunningBundles.start(settings);
        Set<String> expected = new HashSet<>();
        expected.add(change("res.partner", "Before the restart"));
        expected.add(change("res.partner.category", "Before the restart"));
        MessageConsumer queue = client.subscribe(client.session().createQueue("feed.restart"));
        List<TextMessage> received = new ArrayList<>();
        received.add((TextMessage) queue.receive(30_000));
        received.add((TextMessage) queue.receive(30_000));
        app.stop();
        expected.add(change("res.partner", "While stopped"));
        expected.add(change("res.partner.category", "While stopped"));
        app.restart();
        expected.add(change("res.partner.category", "After the restart"));
        received.addAll(BrokerClient.drain(queue, 6_000));
        Set<String> events = new HashSet<>();
        Set<String> records = new HashSet<>();
        for (TextMessage message : received) {
            assertTrue(events.add(message.getStringProperty("OdooEventId")), "duplicate event " + message.getStringProperty("OdooEventId"));
            JsonNode body = Json.MAPPER.readTree(message.getText());
            records.add(body.path("model").asText() + ":" + body.path("id").asInt());
        }
        assertEquals(expected, records);
        assertEquals(expected.size(), received.size());
    }

    /** Creates a record of the model now; its model:id. */
    private String change(String model, String name) {
        return model + ":" + odoo.commit(Instant.now(), model, List.of(Map.of("name", name))).get(0);
    }

    private static List<Integer> ids(List<TextMessage> messages) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (TextMessage message : messages) {
            ids.add(Json.MAPPER.readTree(message.getText()).path("id").asInt());
        }
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
