package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Camel contexts for the component's tests: the project's application.properties, a simulated
 * Odoo, and the service account given the way a deployment gives it (odoo.login with
 * odoo.api-key or odoo.password).
 */
final class OdooContexts {

    private OdooContexts() {
    }

    /** Applies the settings to a context that is not started yet. */
    static void configure(CamelContext context, OdooSimulator odoo, boolean apiKey, Path stateDir) {
        Properties settings = new Properties();
        settings.put("odoo.url", odoo.url());
        settings.put("odoo.login", "admin");
        settings.put(apiKey ? "odoo.api-key" : "odoo.password", apiKey ? OdooSimulator.ADMIN_API_KEY : "admin");
        settings.put("odoo.state-dir", stateDir.toString());
        context.getPropertiesComponent().setLocation("classpath:application.properties");
        context.getPropertiesComponent().setOverrideProperties(settings);
    }

    static CamelContext create(OdooSimulator odoo, boolean apiKey, Path stateDir) {
        CamelContext context = new DefaultCamelContext();
        configure(context, odoo, apiKey, stateDir);
        return context;
    }
}
