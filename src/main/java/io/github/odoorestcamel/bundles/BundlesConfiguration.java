package io.github.odoorestcamel.bundles;

import com.zaxxer.hikari.HikariDataSource;
import io.github.odoorestcamel.bundles.commands.BoundedIdempotentRepository;
import io.github.odoorestcamel.bundles.commands.CommandOutcome;
import io.github.odoorestcamel.bundles.commands.CommandRequest;
import io.github.odoorestcamel.bundles.commands.CommandsSettings;
import io.github.odoorestcamel.bundles.commands.OffsetCommit;
import io.github.odoorestcamel.bundles.feed.ChangeEventProcessor;
import io.github.odoorestcamel.bundles.feed.FeedSettings;
import io.github.odoorestcamel.bundles.feed.FeedStateSettings;
import io.github.odoorestcamel.bundles.kafka.KafkaClientSettings;
import io.github.odoorestcamel.bundles.kafka.KafkaConnection;
import io.github.odoorestcamel.bundles.mirror.JdbcStateRepository;
import io.github.odoorestcamel.bundles.mirror.MirrorReconciler;
import io.github.odoorestcamel.bundles.mirror.MirrorSettings;
import io.github.odoorestcamel.bundles.mirror.MirrorStore;
import io.github.odoorestcamel.bundles.mirror.MirrorWriter;
import io.github.odoorestcamel.bundles.webhooks.WebhooksSettings;
import io.github.odoorestcamel.bundles.webhooks.WebhooksWiring;
import io.github.odoorestcamel.config.BoundSettings;
import io.github.odoorestcamel.config.ServiceAccountConnection;
import io.github.odoorestcamel.config.StateDirectory;
import io.github.odoorestcamel.observe.DependencyReadinessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Wires the bundles named by the setting {@code bundles}: their route files, one route per model,
 * and the beans those routes refer to. Nothing of a bundle that is off is created, so it opens no
 * connection to a broker or a database nobody configured; its settings are not even read.
 */
public final class BundlesConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        BundleSettings bundles = BoundSettings.of(context, BundleSettings.class, BundleSettings::read);
        BundleSelection selection = bundles.selection();
        ServiceAccountConnection account = BoundSettings.of(context, ServiceAccountConnection.class, ServiceAccountConnection::read);
        ServiceAccountSettings.require(selection, Optional.ofNullable(account.login()), Optional.ofNullable(account.apiKey()),
                Optional.ofNullable(account.password()));
        Registry registry = context.getRegistry();
        List<BundleRoutes.ModelRoute> modelRoutes = new ArrayList<>();
        if (selection.has(Bundle.MIRROR) || selection.has(Bundle.FEED) || selection.has(Bundle.WEBHOOKS)) {
            context.addService(ClusterServices.of(context, BoundSettings.of(context, ClusterSettings.class, ClusterSettings::read)));
        }
        if (selection.has(Bundle.MIRROR)) {
            MirrorSettings mirror = BoundSettings.of(context, MirrorSettings.class, MirrorSettings::read);
            bindMirror(context, mirror);
            modelRoutes.addAll(modelRoutes(mirror.models(), "odoo-mirror"));
        }
        if (selection.has(Bundle.FEED)) {
            FeedSettings feed = BoundSettings.of(context, FeedSettings.class, FeedSettings::read);
            registry.bind("changeEvents", new ChangeEventProcessor());
            registry.bind("feedState", feedState(context, BoundSettings.of(context, FeedStateSettings.class, FeedStateSettings::read)));
            modelRoutes.addAll(modelRoutes(feed.models(), "odoo-feed"));
        }
        if (selection.has(Bundle.WEBHOOKS)) {
            WebhooksSettings webhooks = BoundSettings.of(context, WebhooksSettings.class, WebhooksSettings::read);
            modelRoutes.addAll(WebhooksWiring.bind(context, webhooks, positions(context, "webhooks.state"), check -> readiness(context, check)));
        }
        BrokerKind brokerKind = BrokerKind.ARTEMIS;
        if (selection.usesBroker()) {
            BrokerSettings broker = BoundSettings.of(context, BrokerSettings.class, BrokerSettings::read);
            brokerKind = broker.kind();
            bindBroker(context, broker);
        }
        if (selection.has(Bundle.COMMANDS)) {
            CommandsSettings commands = BoundSettings.of(context, CommandsSettings.class, CommandsSettings::read);
            registry.bind("commandRequest", new CommandRequest());
            registry.bind("commandOutcome", new CommandOutcome());
            registry.bind("commandIds", new BoundedIdempotentRepository(commands.idempotencyCacheSize()));
            registry.bind("offsetCommit", new OffsetCommit());
        }
        List<String> routeFiles = new ArrayList<>(selection.routePatterns(brokerKind));
        routeFiles.addAll(bundles.extraRoutes());
        registry.bind("bundleRoutes", new BundleRoutes(routeFiles, modelRoutes));
    }

    /**
     * Artemis: the JMS connection factory camel-jms finds in the registry, with a readiness check.
     * Kafka: the component's shared configuration (camel-kafka checks its own clients' health).
     */
    private static void bindBroker(CamelContext context, BrokerSettings settings) {
        if (settings.kind() == BrokerKind.KAFKA) {
            KafkaClientSettings client = BoundSettings.of(context, KafkaClientSettings.class, KafkaClientSettings::read);
            KafkaConnection.configure(context.getComponent("kafka", KafkaComponent.class).getConfiguration(), settings, client);
            return;
        }
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(settings.url(), settings.user(), settings.password());
        context.getRegistry().bind("brokerConnectionFactory", broker);
        readiness(context, DependencyReadinessCheck.broker("broker", broker));
    }

    /** Registered when Camel's health checks are on (camel.health.enabled). */
    private static void readiness(CamelContext context, HealthCheck check) {
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            healthChecks.register(check);
        }
    }

    private static void bindMirror(CamelContext context, MirrorSettings settings) throws Exception {
        HikariDataSource dataSource = JdbcPool.open(context, "mirror", settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword(),
                settings.jdbcMaxConnections());
        MirrorStore store = new MirrorStore(dataSource);
        ProducerTemplate producer = context.createProducerTemplate();
        String prefix = settings.tablePrefix();
        Registry registry = context.getRegistry();
        registry.bind("mirrorDataSource", dataSource);
        readiness(context, DependencyReadinessCheck.database("mirror-database", dataSource));
        registry.bind("mirrorState", new JdbcStateRepository(dataSource));
        registry.bind("mirrorWriter", new MirrorWriter(store, prefix));
        registry.bind("mirrorReconciler", new MirrorReconciler(store, producer, prefix, settings.batchSize(),
                List.copyOf(settings.models().queries().keySet())));
    }

    /**
     * The feed's positions: in a database every instance reads when one is set, else in the file
     * feed.state.
     */
    private static StateRepository<String, String> feedState(CamelContext context, FeedStateSettings settings) throws Exception {
        if (settings.jdbcUrl().isEmpty()) {
            return positions(context, "feed.state");
        }
        // a poll reads one position and a confirmed message writes one: two connections are plenty
        HikariDataSource dataSource = JdbcPool.open(context, "feed-state", settings.jdbcUrl().get(), settings.jdbcUser(),
                settings.jdbcPassword(), 2);
        readiness(context, DependencyReadinessCheck.database("feed-state-database", dataSource));
        JdbcStateRepository positions = new JdbcStateRepository(dataSource);
        context.addService(positions);
        return positions;
    }

    /**
     * The positions of a bundle's consumers, one file for all of them: a file per consumer would have
     * each one overwrite the others' positions when it saves its own.
     */
    private static FileStateRepository positions(CamelContext context, String name) throws Exception {
        StateDirectory states = BoundSettings.of(context, StateDirectory.class, StateDirectory::read);
        FileStateRepository positions = FileStateRepository.fileStateRepository(states.file(name));
        context.addService(positions);
        return positions;
    }

    /** One route per polled model, from the bundle's route template. */
    private static List<BundleRoutes.ModelRoute> modelRoutes(PolledModels models, String templateId) {
        String bundle = models.bundle();
        if (models.queries().isEmpty()) {
            throw new IllegalStateException("The bundle " + bundle + " is on but " + bundle + ".models ("
                    + bundle.toUpperCase(Locale.ROOT) + "_MODELS) names no model");
        }
        String delayMillis = String.valueOf(models.delay().toMillis());
        return models.queries().entrySet().stream().map(model -> new BundleRoutes.ModelRoute(templateId, bundle + "-" + model.getKey(),
                Map.of("model", model.getKey(), "query", model.getValue(), "delayMillis", delayMillis))).toList();
    }
}
