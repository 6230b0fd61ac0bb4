package io.github.odoorestcamel;

import org.apache.camel.main.Main;

/** Starts the gateway: settings from application.properties, routes from routes/*.yaml. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) throws Exception {
        new Main(GatewayApplication.class).run(args);
    }
}
