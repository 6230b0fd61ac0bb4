package io.github.odoorestcamel;

import org.apache.camel.main.Main;

/**
 * Starts the gateway: settings from the application.properties packed in the jar, overridden by
 * config/application.properties when started from the project folder, and by environment
 * variables; routes from routes/*.yaml.
 */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(
                "file:config/application.properties;optional=true,classpath:application.properties;optional=true");
        main.run(args);
    }
}
