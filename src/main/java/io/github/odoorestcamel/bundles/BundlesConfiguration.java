package io.github.odoorestcamel.bundles;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.odoorestcamel.bundles.commands.BoundedIdempotentRepository;
import io.github.odoorestcamel.bundles.commands.CommandOutcome;
import io.github.odoorestcamel.bundles.commands.CommandRequest;
import io.github.odoorestcamel.bundles.commands.CommandsSettings;
import io.github.odoorestcamel.bundles.commands.OffsetCommit;
import io.github.odoorestcamel.bundles.feed.ChangeEventProcessor;
import io.github.odoorestcamel.bundles.feed.FeedSettings;
import io.github.odoorestcamel.bundles.kafka.KafkaClientSettings;
import io.github.odoorestcamel.bundles.kafka.KafkaConnection;
import io.github.odoorestcamel.bundles.mirror.JdbcStateRepository;
import io.github.odoorestcamel.bundles.mirror.MirrorReconciler;
import io.github.odoorestcamel.bundles.mirror.MirrorSettings;
import io.github.odoorestcamel.bundles.mirror.MirrorStore;
import io.github.odoorestcamel.bundles.mirror.MirrorWriter;
import io.github.odoorestcamel.config.BoundSettings;
import io.github.odoorestcamel.config.ServiceAccountConnection;
import io.github.odoorestcamel.config.StateDirectory;
import io.github.odoorestcamel.observe.DependencyReadinessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;
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
        if (selection.has(Bundle.MIRROR) || selection.has(Bundle.FEED)) {
            context.addService(clusterService(BoundSettings.of(context, ClusterSettings.class, ClusterSettings::read)));
        }
        if (selection.has(Bundle.MIRROR)) {
            MirrorSettings mirror = BoundSettings.of(context, MirrorSettings.class, MirrorSettings::read);
            bindMirror(context, mirror);
            modelRoutes.addAll(modelRoutes(mirror.models(), "odoo-mirror"));
        }
        if (selection.has(Bundle.FEED)) {
            FeedSettings feed = BoundSettings.of(context, FeedSettings.class, FeedSettings::read);
            registry.bind("changeEvents", new ChangeEventProcessor());
            registry.bind("feedState", feedState(context, BoundSettings.of(context, StateDirectory.class, StateDirectory::read)));
            modelRoutes.addAll(modelRoutes(feed.models(), "odoo-feed"));
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
    private static void readiness(CamelContext context, DependencyReadinessCheck check) {
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            healthChecks.register(check);
        }
    }

    private static void bindMirror(CamelContext context, MirrorSettings settings) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.jdbcUser());
        pool.setPassword(settings.jdbcPassword());
        pool.setMaximumPoolSize(settings.jdbcMaxConnections());
        pool.setPoolName("mirror");
        // a database that is down at start-up delays the first poll instead of failing the start
        pool.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(pool);
        context.addService(new ClosedOnStop(dataSource));
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
     * The feed's positions, one file for every model: a file per consumer would have each one
     * overwrite the others' positions when it saves its own.
     */
    private static FileStateRepository feedState(CamelContext context, StateDirectory states) throws Exception {
        FileStateRepository positions = FileStateRepository.fileStateRepository(states.file("feed.state"));
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

    /** Lets only one instance poll each model: the others wait on a lock file and take over when it is released. */
    private static FileLockClusterService clusterService(ClusterSettings settings) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(settings.lockDir());
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(settings.lockInterval(), TimeUnit.SECONDS);
        return cluster;
    }
}
