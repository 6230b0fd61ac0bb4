package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksBundleTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private OdooSimulator odoo;
    private TestReceiver crm;
    private Map<String, String> settings;
    private RunningBundles app;

    @BeforeEach
    void start() throws Exception {
        odoo = new OdooSimulator(17).start();
        crm = new TestReceiver(SECRET, RunningBundles.freePort()).start();
        settings = RunningBundles.baseSettings(odoo);
        settings.put("bundles", "webhooks");
        settings.put("webhooks.receivers", "crm");
        settings.put("webhooks.crm.url", crm.url());
        settings.put("webhooks.crm.models", "res.partner");
        settings.put("webhooks.crm.query", "{id,name,email}");
        settings.put("webhooks.crm.secret", SECRET);
        settings.put("webhooks.crm.headers", "X-Tenant: 7, Authorization: Bearer receiver-token");
        settings.put("webhooks.delay", "1");
        settings.put("webhooks.retry.first-delay-ms", "200");
        settings.put("webhooks.retry.max-delay", "2");
        settings.put("odoo.rest.datetime-format", "odoo");
        // the records of the demo data are older: only what the tests change is posted
        settings.put("webhooks.since", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        crm.close();
        odoo.close();
    }

    @Test
    void eachChangeIsOneSignedPostInTheOrderOfTheChanges() throws Exception {
        settings.put("webhooks.crm.url", crm.url() + "?source=odoo");
        app = RunningBundles.start(settings);
        List<Integer> ids = partners("In order", 3);
        List<TestReceiver.Request> received = crm.await(3);
        assertEquals(ids, ids(received));
        long now = Instant.now().getEpochSecond();
        for (TestReceiver.Request request : received) {
            assertTrue(request.signed(), "the signature holds: " + request.headers());
            assertEquals("/hook?source=odoo", request.uri(), "the URL's own query string is kept");
            assertTrue(request.id().matches("msg_[0-9a-f]{32}"), request.id());
            assertTrue(Math.abs(now - Long.parseLong(request.headers().get("webhook-timestamp"))) < 60, request.headers().toString());
            assertTrue(request.headers().get("content-type").startsWith("application/json"), request.headers().toString());
            assertEquals("7", request.headers().get("x-tenant"));
            assertEquals("Bearer receiver-token", request.headers().get("authorization"));
            assertFalse(request.headers().keySet().stream().anyMatch(name -> name.startsWith("odoo") || name.startsWith("camel")),
                    "only the webhook's own headers: " + request.headers());
        }
        JsonNode body = Json.MAPPER.readTree(received.get(0).body());
        assertEquals(List.of("model", "id", "change", "write_date", "record"), List.copyOf(Json.MAPPER.convertValue(body, LinkedHashMap.class).keySet()),
                "the feed's body");
        assertEquals("res.partner", body.path("model").asText());
        assertEquals("In order 0", body.path("record").path("name").asText());
        Thread.sleep(2_000);
        assertEquals(3, crm.received().size(), "one request per change");
        assertEquals(3.0, count("gateway.webhooks.delivered"));
    }

    @Test
    void aReceiverThatIsDownGetsEveryChangeOnceWhenItIsBack() throws Exception {
        app = RunningBundles.start(settings);
        List<Integer> ids = new ArrayList<>(partners("Before", 1));
        crm.await(1);
        crm.stop();
        ids.addAll(partners("While down", 3));
        Thread.sleep(4_000);
        crm.start();
        crm.await(4);
        Thread.sleep(2_000);
        assertEquals(ids, ids(crm.received()), "every change once, in order");
    }

    @Test
    void anEventAnsweredWith500IsSentAgainWithTheSameIdAfterRetryAfterAndOnlyThenTheNext() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        crm.answer(request -> attempts.getAndIncrement() == 0
                ? new TestReceiver.Reply(500, "busy", Map.of("Retry-After", "1")) : TestReceiver.Reply.ok());
        app = RunningBundles.start(settings);
        List<Integer> ids = partners("Retried", 2);
        List<TestReceiver.Request> received = crm.await(3);
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(1)), ids(received));
        assertEquals(received.get(0).id(), received.get(1).id(), "the same webhook-id on every attempt");
        assertTrue(received.get(1).signed());
        long waited = Long.parseLong(received.get(1).headers().get("webhook-timestamp"))
                - Long.parseLong(received.get(0).headers().get("webhook-timestamp"));
        assertTrue(waited >= 1, "Retry-After: 1 is honoured, waited " + waited + " s");
    }

    @Test
    void anAnswerTooSlowIsATimeoutAndTheEventIsSentAgain() throws Exception {
        settings.put("webhooks.timeout-ms", "500");
        AtomicInteger attempts = new AtomicInteger();
        crm.answer(request -> {
            if (attempts.getAndIncrement() == 0) {
                pause(1_500);
            }
            return TestReceiver.Reply.ok();
        });
        app = RunningBundles.start(settings);
        List<Integer> ids = partners("Slow", 2);
        List<TestReceiver.Request> received = crm.await(3);
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(1)), ids(received));
        assertEquals(received.get(0).id(), received.get(1).id(), "the receiver can drop the repeat by its webhook-id");
    }

    @Test
    void anEventAnsweredWith410GoesToTheDeadLettersAndDeliveryGoesOn() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        crm.answer(request -> attempts.getAndIncrement() == 0 ? new TestReceiver.Reply(410, "{\"error\":\"gone\"}", Map.of())
                : TestReceiver.Reply.ok());
        app = RunningBundles.start(settings);
        List<Integer> ids = partners("Refused", 2);
        List<TestReceiver.Request> received = crm.await(2);
        assertEquals(ids, ids(received), "the refused event is not sent again");
        List<String> lines = Files.readAllLines(Path.of(settings.get("odoo.state-dir"), WebhooksWiring.DEAD_LETTER_FILE));
        assertEquals(1, lines.size(), lines.toString());
        JsonNode letter = Json.MAPPER.readTree(lines.get(0));
        assertEquals("crm", letter.path("receiver").asText());
        assertEquals(410, letter.path("status").asInt());
        assertEquals("{\"error\":\"gone\"}", letter.path("answer").asText());
        assertEquals(received.get(0).id(), letter.path("webhook_id").asText());
        assertEquals(ids.get(0).intValue(), letter.path("event").path("id").asInt());
        assertEquals(1.0, count("gateway.messages.dead.lettered"));
        JsonNode webhooks = readiness();
        assertEquals("UP", webhooks.path("status").asText());
        assertTrue(webhooks.path("message").asText().startsWith("dead letters: 1 in "), webhooks.toString());
        app.stop();
        app.restart();
        assertTrue(readiness().path("message").asText().startsWith("dead letters: 1 in "), "the dead letters outlive a restart");
    }

    @Test
    void aRedirectIsNotFollowedToAnotherHost() throws Exception {
        try (TestReceiver elsewhere = new TestReceiver(SECRET, RunningBundles.freePort()).start()) {
            crm.answer(request -> new TestReceiver.Reply(307, "", Map.of("Location", elsewhere.url())));
            app = RunningBundles.start(settings);
            partners("Redirected", 1);
            crm.await(1);
            Thread.sleep(2_000);
            assertEquals(List.of(), elsewhere.received());
            assertEquals(1, crm.received().size());
            assertEquals(1.0, count("gateway.messages.dead.lettered"));
        }
    }

    @Test
    void anHttpsReceiverWhoseCertificateTheJvmDoesNotTrustGetsNothing(@TempDir Path folder) throws Exception {
        try (TestReceiver selfSigned = new TestReceiver(SECRET, RunningBundles.freePort(), selfSignedTls(folder)).start()) {
            settings.put("webhooks.crm.url", selfSigned.url());
            app = RunningBundles.start(settings);
            partners("Over TLS", 1);
            Thread.sleep(4_000);
            assertEquals(List.of(), selfSigned.received(), "no request passes a certificate check that failed");
            assertTrue(readiness().path("message").asText().contains("webhooks:crm:res.partner waits"), readiness().toString());
        }
    }

    @Test
    void aReceiverThatIsDownHoldsBackNoOther() throws Exception {
        try (TestReceiver billing = new TestReceiver(SECRET, RunningBundles.freePort()).start()) {
            crm.answer(request -> new TestReceiver.Reply(503, "", Map.of()));
            settings.put("webhooks.receivers", "crm,billing");
            settings.put("webhooks.billing.url", billing.url());
            settings.put("webhooks.billing.models", "res.partner");
            settings.put("webhooks.billing.secret", SECRET);
            app = RunningBundles.start(settings);
            List<Integer> ids = partners("Independent", 3);
            assertEquals(ids, ids(billing.await(3)));
            crm.await(2);
            assertTrue(crm.received().stream().allMatch(request -> request.id().equals(crm.received().get(0).id())),
                    "the failing receiver gets its first event again and again, nothing after it");
        }
    }

    @Test
    void aRestartMidBacklogLosesNothingAndRepeatsAtMostTheEventInFlight() throws Exception {
        crm.answer(request -> {
            pause(150);
            return TestReceiver.Reply.ok();
        });
        app = RunningBundles.start(settings);
        List<Integer> ids = partners("Backlog", 12);
        crm.await(3);
        app.stop();
        int beforeRestart = crm.received().size();
        assertTrue(beforeRestart < ids.size(), "the restart comes mid-backlog: " + beforeRestart);
        app.restart();
        crm.await(ids.size());
        Thread.sleep(2_000);
        List<TestReceiver.Request> received = crm.received();
        Map<Integer, String> idOf = new HashMap<>();
        List<Integer> repeats = new ArrayList<>();
        for (TestReceiver.Request request : received) {
            int record = request.recordId();
            String before = idOf.putIfAbsent(record, request.id());
            if (before != null) {
                assertEquals(before, request.id(), "a repeat carries the same webhook-id");
                repeats.add(record);
            }
        }
        assertEquals(ids, List.copyOf(new java.util.LinkedHashSet<>(ids(received))), "every change, in order");
        assertTrue(repeats.size() <= 1, "only the event in flight may come twice: " + repeats);
    }

    /** A TLS context with a self-signed certificate for localhost, made by the JDK's keytool. */
    private static SSLContext selfSignedTls(Path folder) throws Exception {
        Path store = folder.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-alias", "receiver", "-keyalg", "RSA",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2").inheritIO().start();
        assertEquals(0, keytool.waitFor());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }

    private List<Integer> partners(String name, int count) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", name + " " + i))).get(0));
        }
        return ids;
    }

    private double count(String meter) {
        MeterRegistry meters = app.context().getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        return meters.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The webhooks check of /observe/health/ready. */
    private JsonNode readiness() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + settings.get("camel.management.port") + "/observe/health/ready?exposureLevel=full")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : Json.MAPPER.readTree(ready.body()).path("checks")) {
            if ("webhooks".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no webhooks check: " + ready.body());
    }

    /** The record ids the requests carry, in the order they came. */
    private static List<Integer> ids(List<TestReceiver.Request> requests) {
        return requests.stream().map(TestReceiver.Request::recordId).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
