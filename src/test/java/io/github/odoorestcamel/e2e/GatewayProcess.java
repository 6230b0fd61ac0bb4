package io.github.odoorestcamel.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway started as an operator starts it — its own JVM, its main class, settings from the
 * environment — for tests that need a heap of their own (memory floods) or watch the process
 * itself (its exit, its log). Its console output goes to {@code target/<name>.log}, at the level
 * it logs at in production (the test resources quieten the gateways started in the test JVM).
 */
public final class GatewayProcess extends GatewayClient implements AutoCloseable {

    private final Process process;
    private final Path log;

    private GatewayProcess(int port, Process process, Path log) {
        super(port);
        this.process = process;
        this.log = log;
    }

    /**
     * @param heap the JVM's -Xmx, e.g. {@code 128m}
     * @param settings environment variables, e.g. {@code HTTP_MAX_BODY_BYTES}
     */
    public static GatewayProcess start(String name, String odooUrl, String heap, Map<String, String> settings) throws IOException {
        int port = RunningGateway.freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath(), "-cp", classpath,
                "io.github.odoorestcamel.GatewayApplication"));
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("ODOO_URL", odooUrl, "HTTP_PORT", String.valueOf(port), "HTTP_HOST", "127.0.0.1",
                "WARM_UP_DURATION", "0"));
        builder.environment().putAll(settings);
        GatewayProcess gateway = new GatewayProcess(port, builder.start(), log);
        gateway.awaitReady();
        return gateway;
    }

    /** Ends the process as a crash or a SIGKILL would: no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit status once the process has ended within {@code within}, else null. */
    public Integer exitStatus(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws IOException {
        // a process that died is never ready: the wait then ends at its deadline
        if (!awaitRoutes(Duration.ofSeconds(60), process::isAlive)) {
            process.destroyForcibly();
            throw new IllegalStateException("the gateway did not start; see " + log.toAbsolutePath() + ":\n" + log());
        }
    }
}
