package io.github.odoorestcamel.e2e;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.main.Main;

/**
 * The real gateway (camel-main, platform-http, the YAML routes) started in this JVM in front of a
 * simulated Odoo of the given version, reached through its real HTTP port. One per version and
 * per set of extra settings, shared by the test classes.
 */
public final class RunningGateway extends GatewayClient {

    private static final Map<String, RunningGateway> RUNNING = new ConcurrentHashMap<>();

    public final OdooSimulator odoo;
    public final int managementPort;
    private Main main;
    private Thread thread;

    private RunningGateway(OdooSimulator odoo, int port, int managementPort) {
        super(port);
        this.odoo = odoo;
        this.managementPort = managementPort;
    }

    public static RunningGateway odoo(int major) {
        return RUNNING.computeIfAbsent("v" + major, key -> start(new OdooSimulator(major), Map.of()));
    }

    /** A gateway with its own simulator and extra settings, for tests that change configuration. */
    public static RunningGateway withSettings(String name, int major, Map<String, String> settings) {
        return RUNNING.computeIfAbsent(name, key -> start(new OdooSimulator(major), settings));
    }

    private static RunningGateway start(OdooSimulator odoo, Map<String, String> settings) {
        try {
            odoo.start();
            int port = freePort();
            int managementPort = freePort();
            Main main = new Main();
            main.addOverrideProperty("odoo.url", settings.getOrDefault("odoo.url", odoo.url()));
            main.addOverrideProperty("http.port", String.valueOf(port));
            main.addOverrideProperty("http.host", "127.0.0.1");
            main.addOverrideProperty("camel.management.port", String.valueOf(managementPort));
            main.addOverrideProperty("camel.management.host", "127.0.0.1");
            // positions and announced ids of this gateway only, never those of an earlier run
            main.addOverrideProperty("odoo.state-dir", Files.createTempDirectory("gateway-state").toString());
            // the gateways of this JVM share its cores: only a test that asks for the warm-up gets one
            main.addOverrideProperty("warm-up.duration", "0");
            settings.forEach((k, v) -> {
                if (!k.equals("odoo.url")) {
                    main.addOverrideProperty(k, v);
                }
            });
            Thread thread = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "gateway-" + port);
            thread.setDaemon(true);
            thread.start();
            RunningGateway gateway = new RunningGateway(odoo, port, managementPort);
            gateway.main = main;
            gateway.thread = thread;
            gateway.awaitReady();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the gateway as a SIGTERM would (Camel's graceful shutdown) and waits for it to end. */
    public boolean shutDown(java.time.Duration within) throws InterruptedException {
        main.completed();
        thread.join(within.toMillis());
        return !thread.isAlive();
    }

    /** Exchanges Camel counts as in flight right now. */
    public int inFlight() {
        return main.getCamelContext().getInflightRepository().size();
    }

    /** Ready once Camel has started every route. */
    private void awaitReady() {
        if (!awaitRoutes(Duration.ofSeconds(30), () -> main.getCamelContext() != null && main.getCamelContext().isStarted())) {
            throw new IllegalStateException("gateway did not start on port " + port);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public org.apache.camel.CamelContext camel() {
        return main.getCamelContext();
    }

    /** GET on the management port (metrics, health checks). */
    public Reply management(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + pathAndQuery)).GET());
    }
}
