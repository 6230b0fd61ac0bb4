package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.config.GatewaySettings;
import io.github.odoorestcamel.config.OdooServices;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.DefaultComponent;

/**
 * {@code odoo:{model}}: Odoo as an endpoint. Connection options left unset take the gateway's own
 * settings ({@code odoo.url}, {@code odoo.db}, {@code odoo.login}, {@code odoo.api-key},
 * {@code odoo.password}); calls go through the gateway's Odoo client when it is bound for the same
 * URL, or through one built from the same settings.
 */
@org.apache.camel.spi.annotations.Component("odoo")
public class OdooComponent extends DefaultComponent {

    @Metadata(description = "The shared options of every endpoint")
    private OdooConfiguration configuration = new OdooConfiguration();
    private final Map<String, OdooServices> services = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OdooConfiguration options = configuration.copy();
        OdooEndpoint endpoint = new OdooEndpoint(uri, this, remaining, options);
        // the odoo options first, then the scheduler's (delay, initialDelay, …) on the endpoint
        setProperties(options, parameters);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** Fills the connection options the endpoint leaves unset from the settings. */
    void applyDefaults(OdooConfiguration endpoint) {
        PropertiesComponent properties = getCamelContext().getPropertiesComponent();
        if (isBlank(endpoint.getUrl())) {
            endpoint.setUrl(properties.resolveProperty("odoo.url").orElse(null));
        }
        if (isBlank(endpoint.getDatabase())) {
            endpoint.setDatabase(properties.resolveProperty("odoo.db").orElse(null));
        }
        if (isBlank(endpoint.getLogin())) {
            endpoint.setLogin(properties.resolveProperty("odoo.login").orElse(null));
        }
        if (isBlank(endpoint.getApiKey())) {
            endpoint.setApiKey(properties.resolveProperty("odoo.api-key").orElse(null));
        }
        if (isBlank(endpoint.getPassword())) {
            endpoint.setPassword(properties.resolveProperty("odoo.password").orElse(null));
        }
    }

    /** The gateway's Odoo client and services when bound for this URL; otherwise built once from the settings. */
    OdooServices servicesFor(String url) {
        return services.computeIfAbsent(url, key -> getCamelContext().getRegistry().findByType(OdooServices.class).stream()
                .filter(bound -> bound.url().equals(key)).findFirst()
                .orElseGet(() -> OdooServices.create(getCamelContext(), new GatewaySettings(getCamelContext().getPropertiesComponent()),
                        key)));
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
