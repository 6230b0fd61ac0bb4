package io.github.odoorestcamel;

import io.github.odoorestcamel.error.FatalErrors;
import org.apache.camel.main.Main;

/**
 * Starts the gateway: settings from the application.properties packed in the jar, overridden by
 * config/application.properties when started from the project folder, and by environment
 * variables; routes from routes/&lt;bundle&gt;/*.yaml of the bundles switched on. A thread that dies
 * of an out-of-memory error ends the process, so that a supervisor restarts it.
 */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) throws Exception {
        FatalErrors.install();
        Main main = new Main();
        main.setPropertyPlaceholderLocations(
                "file:config/application.properties;optional=true,classpath:application.properties;optional=true");
        main.run(args);
    }
}
