package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooCacheSettings;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.core.OdooSettings;
import io.github.odoorestcamel.odoo.http.OdooHttpSettings;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.ReadSettings;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code odoo:{model}}: Odoo as an endpoint. The connection options may be set once here
 * ({@code camel.component.odoo.*}) and on each endpoint; the client options are the component's.
 * Calls go through the Odoo services bound in the registry for the same URL when there are some
 * (so that an application that binds its own shares them), or through ones built from these options.
 */
@org.apache.camel.spi.annotations.Component("odoo")
public class OdooComponent extends DefaultComponent {

    private static final QueryLimits QUERY_LIMITS = new QueryLimits(8192, 10, 1000);
    private static final DomainFilter.Limits DOMAIN_LIMITS = new DomainFilter.Limits(65536, 500, 4096);

    @Metadata(description = "The shared options of every endpoint")
    private OdooConfiguration configuration = new OdooConfiguration();
    @Metadata(label = "advanced", defaultValue = "5000", description = "Milliseconds to open a connection to Odoo")
    private int connectTimeout = 5000;
    @Metadata(label = "advanced", defaultValue = "30000", description = "Milliseconds to wait for Odoo's answer")
    private int timeout = 30000;
    @Metadata(label = "advanced", defaultValue = "200",
              description = "Pooled keep-alive connections to Odoo, for reads and as many again for writes")
    private int maxConnections = 200;
    @Metadata(label = "advanced", defaultValue = "30", description = "Seconds a pooled connection may stay idle before it is closed")
    private int idleTimeout = 30;
    @Metadata(label = "advanced", defaultValue = "8388608",
              description = "Largest Odoo answer read, in bytes; a larger one fails the call")
    private long maxResponseBytes = 8_388_608;
    @Metadata(label = "advanced", defaultValue = "600", description = "Seconds the Odoo server version is remembered")
    private int versionCacheTtl = 600;
    @Metadata(label = "advanced", defaultValue = "60", description = "Seconds what Odoo said of a session is remembered")
    private int sessionCacheTtl = 60;
    @Metadata(label = "advanced", defaultValue = "100000", description = "Most sessions remembered")
    private long sessionCacheSize = 100_000;
    @Metadata(label = "advanced", defaultValue = "300",
              description = "Seconds the user id of a login and API key (Odoo 14-18) is remembered")
    private int apiKeyCacheTtl = 300;
    @Metadata(label = "advanced", defaultValue = "10000", description = "Most logins and API keys remembered")
    private long apiKeyCacheSize = 10_000;
    @Metadata(label = "advanced", defaultValue = "600", description = "Seconds fields_get answers are remembered")
    private int schemaCacheTtl = 600;
    @Metadata(label = "advanced", defaultValue = "10000", description = "Most fields_get answers remembered")
    private long schemaCacheSize = 10_000;
    @Metadata(label = "producer", defaultValue = "10000", description = "Most rows a searchRead returns without a limit")
    private int maxRows = 10_000;
    @Metadata(label = "producer", defaultValue = "1000", description = "Largest limit of a nested x2many block of a query")
    private int maxPageSize = 1000;
    @Metadata(defaultValue = "legacy", enums = "legacy,odoo,iso8601",
              description = "How datetime values are rendered: legacy (YYYY-MM-DD-HH-MM), odoo (as Odoo sends them, UTC) "
                    + "or iso8601 (YYYY-MM-DDTHH:MM:SSZ)")
    private String dateTimeFormat = "legacy";
    @Metadata(label = "consumer", defaultValue = "state",
              description = "The folder where consumers without a stateRepository keep their positions (file odoo-consumer.state) "
                    + "and, with deletes, the ids they announced; relative to the working directory")
    private String stateDirectory = "state";

    private final Map<String, OdooServices> services = new ConcurrentHashMap<>();
    private FileStateRepository positions;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OdooConfiguration options = configuration.copy();
        OdooEndpoint endpoint = new OdooEndpoint(uri, this, remaining, options);
        // the odoo options first, then the scheduler's (delay, initialDelay, …) on the endpoint
        setProperties(options, parameters);
        setProperties(endpoint, parameters);
        // a mistyped operation stops the route's start, not its first message
        Operations.check(options.getOperation(), remaining);
        return endpoint;
    }

    /** The services bound in the registry for this URL; otherwise built once from the component's options. */
    OdooServices servicesFor(String url) {
        return services.computeIfAbsent(url, key -> getCamelContext().getRegistry().findByType(OdooServices.class).stream()
                .filter(bound -> bound.url().equals(key)).findFirst()
                .orElseGet(() -> OdooServices.create(getCamelContext(), settings(key))));
    }

    /** The core's settings for the Odoo at this URL, from the component's options. */
    OdooSettings settings(String url) {
        return new OdooSettings(
                new OdooHttpSettings(url, Duration.ofMillis(connectTimeout), Duration.ofMillis(timeout), maxConnections,
                        Duration.ofSeconds(idleTimeout), maxResponseBytes),
                new OdooCacheSettings(Duration.ofSeconds(versionCacheTtl), Duration.ofSeconds(sessionCacheTtl), sessionCacheSize,
                        Duration.ofSeconds(apiKeyCacheTtl), apiKeyCacheSize, Duration.ofSeconds(schemaCacheTtl), schemaCacheSize),
                new ReadSettings(maxPageSize, maxRows, QUERY_LIMITS, DOMAIN_LIMITS), DateTimeStyle.of(dateTimeFormat));
    }

    /**
     * Where consumers without a {@code stateRepository} keep their positions (odoo-consumer.state in
     * the state directory): one repository for all of them, since a file repository rewrites the
     * whole file with the keys it holds, and one per consumer would drop the others' positions.
     */
    synchronized StateRepository<String, String> sharedPositions() {
        if (positions == null) {
            positions = FileStateRepository.fileStateRepository(stateFile("odoo-consumer.state"));
            ServiceHelper.startService(positions);
        }
        return positions;
    }

    /** Where a consumer that looks for deletions keeps the ids it announced: a file per state key in the state directory. */
    KnownIdsFile knownIds(String stateKey) {
        return new KnownIdsFile(stateFile(URLEncoder.encode(stateKey, StandardCharsets.UTF_8) + ".ids").toPath());
    }

    private File stateFile(String name) {
        File folder = new File(stateDirectory);
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IllegalStateException("Cannot create the odoo component's state directory " + folder.getAbsolutePath());
        }
        return new File(folder, name);
    }

    @Override
    protected synchronized void doStop() throws Exception {
        ServiceHelper.stopService(positions);
        positions = null;
        super.doStop();
    }

    public OdooConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(OdooConfiguration configuration) {
        this.configuration = configuration;
    }

    public void setUrl(String url) {
        configuration.setUrl(url);
    }

    public void setDatabase(String database) {
        configuration.setDatabase(database);
    }

    public void setLogin(String login) {
        configuration.setLogin(login);
    }

    public void setApiKey(String apiKey) {
        configuration.setApiKey(apiKey);
    }

    public void setPassword(String password) {
        configuration.setPassword(password);
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }
    public int getTimeout() {
        return timeout;
    }

    public void setTimeout(int timeout) {
        this.timeout = timeout;
    }
    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
    public int getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(int idleTimeout) {
        this.idleTimeout = idleTimeout;
    }
    public long getMaxResponseBytes() {
        return maxResponseBytes;
    }

    public void setMaxResponseBytes(long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }
    public int getVersionCacheTtl() {
        return versionCacheTtl;
    }

    public void setVersionCacheTtl(int versionCacheTtl) {
        this.versionCacheTtl = versionCacheTtl;
    }
    public int getSessionCacheTtl() {
        return sessionCacheTtl;
    }

    public void setSessionCacheTtl(int sessionCacheTtl) {
        this.sessionCacheTtl = sessionCacheTtl;
    }
    public long getSessionCacheSize() {
        return sessionCacheSize;
    }

    public void setSessionCacheSize(long sessionCacheSize) {
        this.sessionCacheSize = sessionCacheSize;
    }
    public int getApiKeyCacheTtl() {
        return apiKeyCacheTtl;
    }

    public void setApiKeyCacheTtl(int apiKeyCacheTtl) {
        this.apiKeyCacheTtl = apiKeyCacheTtl;
    }
    public long getApiKeyCacheSize() {
        return apiKeyCacheSize;
    }

    public void setApiKeyCacheSize(long apiKeyCacheSize) {
        this.apiKeyCacheSize = apiKeyCacheSize;
    }
    public int getSchemaCacheTtl() {
        return schemaCacheTtl;
    }

    public void setSchemaCacheTtl(int schemaCacheTtl) {
        this.schemaCacheTtl = schemaCacheTtl;
    }
    public long getSchemaCacheSize() {
        return schemaCacheSize;
    }

    public void setSchemaCacheSize(long schemaCacheSize) {
        this.schemaCacheSize = schemaCacheSize;
    }
    public int getMaxRows() {
        return maxRows;
    }

    public void setMaxRows(int maxRows) {
        this.maxRows = maxRows;
    }
    public int getMaxPageSize() {
        return maxPageSize;
    }

    public void setMaxPageSize(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }
    public String getDateTimeFormat() {
        return dateTimeFormat;
    }

    public void setDateTimeFormat(String dateTimeFormat) {
        this.dateTimeFormat = dateTimeFormat;
    }
    public String getStateDirectory() {
        return stateDirectory;
    }

    public void setStateDirectory(String stateDirectory) {
        this.stateDirectory = stateDirectory;
    }
}
