package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Camel contexts for the component's tests, set up as a plain Camel application sets up the
 * component: a simulated Odoo, the service account given as the component's options (login with
 * apiKey or password), and its state directory.
 */
final class OdooContexts {

    private OdooContexts() {
    }

    /** Adds the odoo component to a context that is not started yet. */
    static void configure(CamelContext context, OdooSimulator odoo, boolean apiKey, Path stateDir) {
        OdooComponent component = new OdooComponent();
        component.setUrl(odoo.url());
        component.setDatabase("odoo");
        component.setLogin("admin");
        if (apiKey) {
            component.setApiKey(OdooSimulator.ADMIN_API_KEY);
        } else {
            component.setPassword("admin");
        }
        component.setStateDirectory(stateDir.toString());
        context.addComponent("odoo", component);
    }

    static CamelContext create(OdooSimulator odoo, boolean apiKey, Path stateDir) {
        CamelContext context = new DefaultCamelContext();
        configure(context, odoo, apiKey, stateDir);
        return context;
    }
}
