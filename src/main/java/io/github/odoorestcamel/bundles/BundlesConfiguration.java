package io.github.odoorestcamel.bundles;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.odoorestcamel.bundles.commands.BoundedIdempotentRepository;
import io.github.odoorestcamel.bundles.commands.CommandOutcome;
import io.github.odoorestcamel.bundles.commands.CommandRequest;
import io.github.odoorestcamel.bundles.feed.ChangeEventProcessor;
import io.github.odoorestcamel.bundles.mirror.JdbcStateRepository;
import io.github.odoorestcamel.bundles.mirror.MirrorReconciler;
import io.github.odoorestcamel.bundles.mirror.MirrorStore;
import io.github.odoorestcamel.bundles.mirror.MirrorWriter;
import io.github.odoorestcamel.config.GatewaySettings;
import io.github.odoorestcamel.observe.DependencyReadinessCheck;
import java.io.File;
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
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Wires the bundles named by the setting {@code bundles}: their route files, one route per model,
 * and the beans those routes refer to. Nothing of a bundle that is off is created, so it opens no
 * connection to a broker or a database nobody configured.
 */
public final class BundlesConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        GatewaySettings settings = new GatewaySettings(properties);
        BundleSelection selection = BundleSelection.parse(settings.text("bundles"));
        ServiceAccountSettings.require(selection, serviceAccount(properties, "login"), serviceAccount(properties, "api-key"),
                serviceAccount(properties, "password"));
        Registry registry = context.getRegistry();
        List<BundleRoutes.ModelRoute> modelRoutes = new ArrayList<>();
        if (selection.has(Bundle.MIRROR) || selection.has(Bundle.FEED)) {
            context.addService(clusterService(settings));
        }
        if (selection.has(Bundle.MIRROR)) {
            bindMirror(context, settings);
            modelRoutes.addAll(modelRoutes(properties, settings, "mirror", "odoo-mirror"));
        }
        if (selection.has(Bundle.FEED)) {
            registry.bind("changeEvents", new ChangeEventProcessor());
            registry.bind("feedState", feedState(context, settings));
            modelRoutes.addAll(modelRoutes(properties, settings, "feed", "odoo-feed"));
        }
        if (selection.has(Bundle.FEED) || selection.has(Bundle.COMMANDS)) {
            ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(settings.text("broker.url"),
                    properties.resolveProperty("broker.user").orElse(null), properties.resolveProperty("broker.password").orElse(null));
            registry.bind("brokerConnectionFactory", broker);
            readiness(context, DependencyReadinessCheck.broker("broker", broker));
        }
        if (selection.has(Bundle.COMMANDS)) {
            registry.bind("commandRequest", new CommandRequest());
            registry.bind("commandOutcome", new CommandOutcome());
            registry.bind("commandIds", new BoundedIdempotentRepository(settings.number("commands.idempotency.cache-size")));
        }
        List<String> routeFiles = new ArrayList<>(selection.routePatterns());
        routeFiles.addAll(settings.list("routes.extra"));
        registry.bind("bundleRoutes", new BundleRoutes(routeFiles, modelRoutes));
    }

    /** Registered when Camel's health checks are on (camel.health.enabled). */
    private static void readiness(CamelContext context, DependencyReadinessCheck check) {
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            healthChecks.register(check);
        }
    }

    /** A part of the service account: the component's own option when set, else the gateway's setting. */
    private static Optional<String> serviceAccount(PropertiesComponent properties, String part) {
        return properties.resolveProperty("camel.component.odoo." + part).filter(value -> !value.isBlank())
                .or(() -> properties.resolveProperty("odoo." + part));
    }

    private static void bindMirror(CamelContext context, GatewaySettings settings) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.text("mirror.jdbc-url"));
        pool.setUsername(settings.text("mirror.jdbc-user"));
        pool.setPassword(context.getPropertiesComponent().resolveProperty("mirror.jdbc-password").orElse(""));
        pool.setMaximumPoolSize(settings.integer("mirror.jdbc-max-connections"));
        pool.setPoolName("mirror");
        // a database that is down at start-up delays the first poll instead of failing the start
        pool.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(pool);
        context.addService(new ClosedOnStop(dataSource));
        MirrorStore store = new MirrorStore(dataSource);
        ProducerTemplate producer = context.createProducerTemplate();
        String prefix = settings.text("mirror.table-prefix");
        Registry registry = context.getRegistry();
        registry.bind("mirrorDataSource", dataSource);
        readiness(context, DependencyReadinessCheck.database("mirror-database", dataSource));
        registry.bind("mirrorState", new JdbcStateRepository(dataSource));
        registry.bind("mirrorWriter", new MirrorWriter(store, prefix));
        registry.bind("mirrorReconciler", new MirrorReconciler(store, producer, prefix, settings.integer("mirror.batch-size")));
    }

    /**
     * The feed's positions, one file for every model: a file per consumer would have each one
     * overwrite the others' positions when it saves its own.
     */
    private static FileStateRepository feedState(CamelContext context, GatewaySettings settings) throws Exception {
        File directory = new File(settings.text("odoo.state-dir"));
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new IllegalStateException("Cannot create the state directory " + directory.getAbsolutePath() + " (odoo.state-dir)");
        }
        FileStateRepository states = FileStateRepository.fileStateRepository(new File(directory, "feed.state"));
        context.addService(states);
        return states;
    }

    /**
     * One route per model of {@code <bundle>.models}, reading the fields of {@code <bundle>.query.<model>}
     * (default: all) every {@code <bundle>.delay} seconds.
     */
    private static List<BundleRoutes.ModelRoute> modelRoutes(PropertiesComponent properties, GatewaySettings settings, String bundle,
                                                             String templateId) {
        List<BundleRoutes.ModelRoute> routes = new ArrayList<>();
        String delayMillis = String.valueOf(settings.seconds(bundle + ".delay").toMillis());
        for (String model : settings.list(bundle + ".models")) {
            String query = properties.resolveProperty(bundle + ".query." + model).filter(q -> !q.isBlank()).orElse("{*}");
            routes.add(new BundleRoutes.ModelRoute(templateId, bundle + "-" + model,
                    Map.of("model", model, "query", query, "delayMillis", delayMillis)));
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException("The bundle " + bundle + " is on but " + bundle + ".models ("
                    + bundle.toUpperCase(Locale.ROOT) + "_MODELS) names no model");
        }
        return routes;
    }

    /** Lets only one instance poll each model: the others wait on a lock file and take over when it is released. */
    private static FileLockClusterService clusterService(GatewaySettings settings) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(settings.text("cluster.lock-dir"));
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(settings.integer("cluster.lock-interval"), TimeUnit.SECONDS);
        return cluster;
    }
}
