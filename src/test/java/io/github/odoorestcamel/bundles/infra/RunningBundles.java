package io.github.odoorestcamel.bundles.infra;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;

/**
 * The real application (camel-main, the settings file, the bundle routes) started in this JVM with
 * the given settings, acting as the simulator's admin through its API key. Stopped as a SIGTERM
 * would stop it, it can be started again with the same settings, as a restart.
 */
public final class RunningBundles implements AutoCloseable {

    private final Map<String, String> settings;
    private Main main;
    private Thread thread;

    private RunningBundles(Map<String, String> settings) {
        this.settings = settings;
    }

    /** Settings every bundle test needs: the simulator as Odoo, its admin as service account, private folders. */
    public static Map<String, String> baseSettings(OdooSimulator odoo) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("odoo.url", odoo.url());
        settings.put("odoo.login", "admin");
        settings.put("odoo.api-key", OdooSimulator.ADMIN_API_KEY);
        settings.put("http.host", "127.0.0.1");
        settings.put("http.port", String.valueOf(freePort()));
        settings.put("camel.management.host", "127.0.0.1");
        settings.put("camel.management.port", String.valueOf(freePort()));
        settings.put("odoo.state-dir", temporaryFolder("state"));
        settings.put("cluster.lock-dir", temporaryFolder("cluster"));
        settings.put("cluster.lock-interval", "1");
        // the instances of this JVM share its cores, and a standby must be ready at once: no warm-up
        settings.put("warm-up.duration", "0");
        return settings;
    }

    public static RunningBundles start(Map<String, String> settings) {
        RunningBundles running = new RunningBundles(Map.copyOf(settings));
        running.restart();
        return running;
    }

    /** Starts the application (again) and waits until Camel has started every route. */
    public void restart() {
        main = new Main();
        settings.forEach(main::addOverrideProperty);
        Main starting = main;
        thread = new Thread(() -> {
            try {
                starting.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bundles-" + settings.get("http.port"));
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            CamelContext context = main.getCamelContext();
            if (context != null && context.isStarted() && !context.getRoutes().isEmpty() && context.getRoutes().stream()
                    .allMatch(r -> context.getRouteController().getRouteStatus(r.getRouteId()) == ServiceStatus.Started)) {
                return;
            }
            if (!thread.isAlive()) {
                throw new IllegalStateException("the application stopped while starting");
            }
            pause(50);
        }
        throw new IllegalStateException("the application did not start within 60 seconds");
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public ProducerTemplate producer() {
        return context().createProducerTemplate();
    }

    /** Stops as on SIGTERM (graceful shutdown) and waits for it. */
    public void stop() {
        main.completed();
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the application did not stop within 60 seconds");
        }
    }

    @Override
    public void close() {
        if (thread != null && thread.isAlive()) {
            stop();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty folder, e.g. the state folder of an instance that shares none. */
    public static String temporaryFolder(String name) {
        try {
            return Files.createTempDirectory(name).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
