package io.github.odoorestcamel.released;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The runnable jar that {@code mvn package} built, started as a user starts it ({@code java -jar},
 * settings from the environment, its working directory a folder of its own), with its console
 * output in a file. The tests of this package run after packaging (failsafe), on the jar itself.
 */
final class ReleasedJar implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;
    final int managementPort;

    private ReleasedJar(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** The jar's path, as the build passes it ({@code released.jar}). */
    static Path jar() {
        String jar = System.getProperty("released.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("released.jar names no built jar: " + jar + " (run through mvn verify)");
        }
        return Path.of(jar).toAbsolutePath();
    }

    /** Starts the jar in {@code workDir} with these environment variables (besides the ports) and waits until it answers. */
    static ReleasedJar start(Path workDir, Map<String, String> environment, String... jvmOptions) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar().toString()));
        Path log = workDir.resolve("gateway.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("HTTP_PORT", String.valueOf(port), "HTTP_HOST", "127.0.0.1",
                "CAMEL_MANAGEMENT_PORT", String.valueOf(managementPort), "CAMEL_MANAGEMENT_HOST", "127.0.0.1"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a test run that is stopped leaves no gateway behind
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ReleasedJar gateway = new ReleasedJar(process, log, port, managementPort);
        if (!gateway.await(Duration.ofSeconds(90), gateway::answers)) {
            String output = gateway.log();
            gateway.close();
            throw new IllegalStateException("the jar did not start:\n" + output);
        }
        return gateway;
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Waits up to {@code within} for the condition; whether it came true. */
    boolean await(Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Whether the management port says the gateway is alive (readiness may take a while when a dependency is down). */
    private boolean answers() {
        try {
            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/observe/health/live")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return live.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
