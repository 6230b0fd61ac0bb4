package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.bundles.infra.BrokerClient;
import io.github.odoorestcamel.bundles.infra.EmbeddedBroker;
import io.github.odoorestcamel.bundles.infra.EmbeddedDatabase;
import io.github.odoorestcamel.bundles.infra.EmbeddedKafka;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.model.Model;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class BundlesSwitchTest {

    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\bref:\\s*([A-Za-z][A-Za-z0-9]*)|\"#([A-Za-z][A-Za-z0-9]*)\"");

    @Test
    void onlyTheRestApiRunsByDefaultAndNothingConnectsToABrokerOrADatabase() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            Map<String, String> settings = RunningBundles.baseSettings(odoo);
            settings.put("broker.url", "tcp://127.0.0.1:" + RunningBundles.freePort());
            settings.put("mirror.jdbc-url", "jdbc:postgresql://127.0.0.1:" + RunningBundles.freePort() + "/nowhere");
            try (RunningBundles app = RunningBundles.start(settings)) {
                Set<String> routes = app.context().getRoutes().stream().map(Route::getRouteId).collect(Collectors.toSet());
                assertTrue(routes.stream().noneMatch(id -> id.startsWith("mirror") || id.startsWith("feed") || id.contains("command")
                        || id.startsWith("webhooks")),
                        routes.toString());
                assertTrue(routes.size() > 10, "the REST routes are loaded: " + routes);
                assertNull(app.context().getRegistry().lookupByName("brokerConnectionFactory"));
                assertNull(app.context().getRegistry().lookupByName("mirrorDataSource"));
            }
        }
    }

    @Test
    void everyBundleRunsTogetherWhenSwitchedOn() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.create();
        try (OdooSimulator odoo = new OdooSimulator(17).start(); EmbeddedBroker broker = EmbeddedBroker.start()) {
            Map<String, String> settings = RunningBundles.baseSettings(odoo);
            settings.put("bundles", "rest,mirror,feed,commands,webhooks");
            settings.put("mirror.models", "res.partner.category, res.partner");
            // a poll every second: the category a command creates is mirrored within the wait below, however slow the start
            settings.put("mirror.delay", "1");
            settings.put("mirror.jdbc-url", database.jdbcUrl);
            settings.put("mirror.jdbc-user", EmbeddedDatabase.user());
            settings.put("feed.models", "res.partner");
            settings.put("broker.url", broker.url());
            settings.put("webhooks.receivers", "crm");
            settings.put("webhooks.crm.url", "http://127.0.0.1:" + RunningBundles.freePort() + "/hook");
            settings.put("webhooks.crm.models", "res.partner");
            settings.put("webhooks.crm.secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
            try (RunningBundles app = RunningBundles.start(settings)) {
                Set<String> routes = app.context().getRoutes().stream().map(Route::getRouteId).collect(Collectors.toSet());
                assertTrue(routes.containsAll(Set.of("mirror-res.partner", "mirror-res.partner.category", "mirror-reconcile",
                        "feed-res.partner", "odoo-commands", "command-dead-letter", "webhooks-crm-res.partner")), routes.toString());
                assertTrue(routes.size() > 16, "the REST routes are loaded too: " + routes);
                assertEachRouteKeepsTheConfigurationOfItsBundle(app.context());
                Set<String> missing = new TreeSet<>();
                for (String bean : beansNamedBy("mirror", "feed", "commands", "webhooks")) {
                    if (app.context().getRegistry().lookupByName(bean) == null) {
                        missing.add(bean);
                    }
                }
                assertEquals(Set.of(), missing, "beans named by the bundle routes but not bound");
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + settings.get("camel.management.port") + "/observe/health/ready?exposureLevel=full")).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode checks = Json.MAPPER.readTree(ready.body()).path("checks");
                Map<String, String> readiness = new TreeMap<>();
                checks.forEach(check -> readiness.put(check.path("name").asText(), check.path("status").asText()));
                assertEquals("UP", readiness.get("broker"), ready.body());
                assertEquals("UP", readiness.get("mirror-database"), ready.body());
                assertEquals("UP", readiness.get("webhooks"), ready.body());
                try (BrokerClient client = new BrokerClient(new ActiveMQConnectionFactory(broker.url()))) {
                    client.send("odoo.commands", "{\"model\":\"res.partner.category\",\"operation\":\"create\","
                            + "\"values\":{\"name\":\"Counted\"}}", Map.of());
                    client.send("odoo.commands", "not json", Map.of());
                }
                MeterRegistry meters = app.context().getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME,
                        MeterRegistry.class);
                awaitCount(meters, "gateway.rows.mirrored", "model", "res.partner.category");
                awaitCount(meters, "gateway.commands.applied", "operation", "create");
                awaitCount(meters, "gateway.messages.dead.lettered", "source", "odoo.commands");
            }
        }
    }

    @Test
    void onKafkaFeedAndCommandsLoadOnlyTheirKafkaRoutesEachWithTheConfigurationOfItsBundle() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            Map<String, String> settings = RunningBundles.baseSettings(odoo);
            settings.put("bundles", "feed,commands");
            settings.put("feed.models", "res.partner");
            settings.put("broker.kind", "kafka");
            settings.put("broker.url", EmbeddedKafka.shared().url());
            settings.put("commands.queue", "switch.commands");
            try (RunningBundles app = RunningBundles.start(settings)) {
                Map<String, String> sources = new TreeMap<>();
                app.context().getRoutes().forEach(route -> sources.put(route.getRouteId(), String.valueOf(route.getSourceLocation())));
                assertTrue(sources.get("odoo-commands").contains("routes/commands/kafka/"), sources.toString());
                assertTrue(sources.get("feed-publish").contains("routes/feed/kafka/"), sources.toString());
                assertTrue(sources.values().stream().noneMatch(source -> source.contains("/artemis/")), sources.toString());
                assertEachRouteKeepsTheConfigurationOfItsBundle(app.context());
                assertNull(app.context().getRegistry().lookupByName("brokerConnectionFactory"));
            }
        }
    }

    @Test
    void aServiceAccountBundleWithoutCredentialsRefusesToStartNamingTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> configure(Map.of("bundles", "rest,commands", "odoo.login", "", "odoo.api-key", "", "odoo.password", "")));
        assertTrue(refused.getMessage().contains("odoo.login (ODOO_LOGIN)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("odoo.api-key (ODOO_API_KEY) or odoo.password (ODOO_PASSWORD)"), refused.getMessage());
    }

    @Test
    void theComponentsOwnServiceAccountOptionsAreEnough() {
        assertDoesNotThrow(() -> configure(Map.of("bundles", "commands", "camel.component.odoo.login", "sync",
                "camel.component.odoo.password", "secret")));
    }

    @Test
    void aMirrorWithoutModelsRefusesToStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> configure(Map.of("bundles", "mirror", "odoo.login", "sync", "odoo.api-key", "key", "mirror.models", "")));
        assertEquals("The bundle mirror is on but mirror.models (MIRROR_MODELS) names no model", refused.getMessage());
    }

    /** The route configurations each bundle's routes may name: their own, never another bundle's. */
    private static final Map<String, Set<String>> CONFIGURATIONS = Map.of(
            "rest", Set.of("rest-api"),
            "mirror", Set.of("mirror-polling"),
            "feed", Set.of("feed-polling"),
            "commands", Set.of("command-failures", "command-dead-letter", "command-offsets"),
            "webhooks", Set.of("webhooks-delivery"));

    /**
     * Every built-in route names a route configuration of its own bundle, and every route
     * configuration has an id: one without would apply to any route naming none, users' included.
     */
    private static void assertEachRouteKeepsTheConfigurationOfItsBundle(CamelContext context) {
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        Map<String, String> wrong = new TreeMap<>();
        for (Route route : context.getRoutes()) {
            Matcher bundle = Pattern.compile("routes/([a-z]+)/").matcher(String.valueOf(route.getSourceLocation()));
            assertTrue(bundle.find(), route.getRouteId() + " comes from " + route.getSourceLocation());
            String named = model.getRouteDefinition(route.getRouteId()).getRouteConfigurationId();
            if (named == null || !CONFIGURATIONS.getOrDefault(bundle.group(1), Set.of()).contains(named)) {
                wrong.put(route.getRouteId(), named + " (" + bundle.group(1) + ")");
            }
        }
        assertEquals(Map.of(), wrong, "routes without their bundle's route configuration");
        List<String> anonymous = model.getRouteConfigurationDefinitions().stream()
                .filter(configuration -> configuration.getId() == null).map(Object::toString).toList();
        assertEquals(List.of(), anonymous, "route configurations without an id apply to every route that names none");
    }

    /** Waits (up to 60 s: the first poll waits for the cluster lock) until the counter with that tag has counted something. */
    private static void awaitCount(MeterRegistry meters, String name, String tag, String value) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " counted nothing: " + meters.getMeters().stream().map(m -> m.getId().toString())
                .filter(id -> id.contains("gateway")).toList());
    }

    /** The beans the route files of the bundles name: {@code ref: name} and {@code "#name"}. */
    private static Set<String> beansNamedBy(String... bundles) throws IOException {
        Set<String> beans = new TreeSet<>();
        for (String bundle : bundles) {
            try (Stream<Path> files = Files.walk(Path.of("routes", bundle))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher named = BEAN_REFERENCE.matcher(Files.readString(file));
                    while (named.find()) {
                        beans.add(named.group(1) != null ? named.group(1) : named.group(2));
                    }
                }
            }
        }
        assertTrue(beans.containsAll(Set.of("mirrorWriter", "mirrorState", "changeEvents", "feedState", "commandIds",
                "webhooksState", "webhookRequest", "webhookAnswer", "webhookFailures", "webhookPollGate")), beans.toString());
        return beans;
    }

    private static void configure(Map<String, String> settings) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.load(BundlesSwitchTest.class.getResourceAsStream("/application.properties"));
            properties.putAll(settings);
            context.getPropertiesComponent().setInitialProperties(properties);
            new BundlesConfiguration().configure(context);
        }
    }
}
