package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.config.BoundSettings;
import io.github.odoorestcamel.config.OdooCacheSettings;
import io.github.odoorestcamel.config.OdooConnectionSettings;
import io.github.odoorestcamel.config.OdooServices;
import io.github.odoorestcamel.config.RestSettings;
import io.github.odoorestcamel.config.ServiceAccountConnection;
import io.github.odoorestcamel.config.SettingsReader;
import io.github.odoorestcamel.config.StateDirectory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code odoo:{model}}: Odoo as an endpoint. Connection options left unset take the service
 * account's settings ({@link ServiceAccountConnection}); calls go through the gateway's Odoo client
 * when it is bound for the same URL, or through one built from the same settings.
 */
@org.apache.camel.spi.annotations.Component("odoo")
public class OdooComponent extends DefaultComponent {

    @Metadata(description = "The shared options of every endpoint")
    private OdooConfiguration configuration = new OdooConfiguration();
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

    /** Fills the connection options the endpoint leaves unset from the service account's settings. */
    void applyDefaults(OdooConfiguration endpoint) {
        ServiceAccountConnection account = settings(ServiceAccountConnection.class, ServiceAccountConnection::read);
        endpoint.setUrl(orElse(endpoint.getUrl(), account.url()));
        endpoint.setDatabase(orElse(endpoint.getDatabase(), account.database()));
        endpoint.setLogin(orElse(endpoint.getLogin(), account.login()));
        endpoint.setApiKey(orElse(endpoint.getApiKey(), account.apiKey()));
        endpoint.setPassword(orElse(endpoint.getPassword(), account.password()));
    }

    /** The gateway's Odoo client and services when bound for this URL; otherwise built once from the settings. */
    OdooServices servicesFor(String url) {
        return services.computeIfAbsent(url, key -> getCamelContext().getRegistry().findByType(OdooServices.class).stream()
                .filter(bound -> bound.url().equals(key)).findFirst()
                .orElseGet(() -> OdooServices.create(getCamelContext(), key,
                        settings(OdooConnectionSettings.class, OdooConnectionSettings::read),
                        settings(OdooCacheSettings.class, OdooCacheSettings::read), settings(RestSettings.class, RestSettings::read))));
    }

    /**
     * Where consumers without a {@code stateRepository} keep their positions (odoo-consumer.state in
     * odoo.state-dir): one repository for all of them, since a file repository rewrites the whole
     * file with the keys it holds, and one per consumer would drop the others' positions.
     */
    synchronized StateRepository<String, String> sharedPositions() {
        if (positions == null) {
            positions = FileStateRepository.fileStateRepository(
                    settings(StateDirectory.class, StateDirectory::read).file("odoo-consumer.state"));
            ServiceHelper.startService(positions);
        }
        return positions;
    }

    /** Where a consumer that looks for deletions keeps the ids it announced: a file per state key in odoo.state-dir. */
    KnownIdsFile knownIds(String stateKey) {
        String name = URLEncoder.encode(stateKey, StandardCharsets.UTF_8) + ".ids";
        return new KnownIdsFile(settings(StateDirectory.class, StateDirectory::read).file(name).toPath());
    }

    @Override
    protected synchronized void doStop() throws Exception {
        ServiceHelper.stopService(positions);
        positions = null;
        super.doStop();
    }

    private <T> T settings(Class<T> type, Function<SettingsReader, T> read) {
        return BoundSettings.of(getCamelContext(), type, read);
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

    private static String orElse(String option, String setting) {
        return option == null || option.isBlank() ? setting : option;
    }
}
