package io.github.odoorestcamel.released;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The odoo: component as a Camel application gets it: component/pom.xml installs the camel-odoo
 * artifact into the local repository, then Maven builds component/example, a Camel Main
 * application whose only dependencies are camel-main, camel-yaml-dsl and camel-odoo, and it runs
 * against the simulator. What it resolves holds none of the gateway's HTTP server, Swagger UI,
 * broker clients, database driver, pool or logging backend; its route consumed a change, had a
 * read answered and created a record.
 */
class CamelApplicationIT {

    private static final Path COMPONENT = Path.of("component");
    private static final Path EXAMPLE = COMPONENT.resolve("example");
    /** Prefixes of what the application must not get ({@code groupId:artifactId}). */
    private static final List<String> NOT_BROUGHT = List.of("io.vertx:", "io.netty:", "org.apache.camel:camel-platform-http",
            "org.apache.camel:camel-vertx", "org.apache.camel:camel-rest", "org.webjars:", "org.apache.activemq:", "jakarta.jms:",
            "org.apache.camel:camel-jms", "org.apache.camel:camel-kafka", "org.apache.kafka:", "org.apache.camel:camel-sql",
            "org.postgresql:", "com.zaxxer:", "ch.qos.logback:", "org.apache.logging.log4j:log4j-core",
            "org.apache.logging.log4j:log4j-slf4j", "org.slf4j:slf4j-simple", "org.slf4j:slf4j-reload4j", "io.micrometer:",
            "org.apache.camel:camel-kubernetes", "io.fabric8:");

    @TempDir
    Path work;

    @Test
    void aCamelMainApplicationGetsOdooFromOneDependency() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            odoo.commit(Instant.now(), "res.partner.category", List.of(Map.of("name", "Example tag")));

            maven("install", "-DskipTests", "-f", COMPONENT.resolve("pom.xml").toString());
            maven("package", "dependency:list", "-DoutputFile=target/dependencies.txt", "-DoutputAbsoluteArtifactFilename=true",
                    "-DincludeScope=runtime", "-f", EXAMPLE.resolve("pom.xml").toString());
            List<String> resolved = Files.readAllLines(EXAMPLE.resolve("target/dependencies.txt")).stream().map(String::strip)
                    .filter(line -> line.contains(":jar:")).map(line -> line.split(" -- ")[0]).toList();
            assertTrue(resolved.stream().anyMatch(line -> line.startsWith("io.github.odoorestcamel:camel-odoo:jar:")), resolved.toString());
            assertEquals(List.of(), resolved.stream().filter(line -> NOT_BROUGHT.stream().anyMatch(line::startsWith)).toList(),
                    "the application gets what the component must not bring");

            List<String> classpath = new ArrayList<>(List.of(EXAMPLE.resolve("target/classes").toString()));
            resolved.forEach(line -> classpath.add(line.split(":", 6)[5]));
            Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcamel.component.odoo.url=" + odoo.url(), "-Dcamel.component.odoo.api-key=" + OdooSimulator.ADMIN_API_KEY,
                    "-Dcamel.component.odoo.state-directory=" + work.resolve("state"),
                    "-cp", String.join(File.pathSeparator, classpath), "io.github.odoorestcamel.example.OdooExample")
                    .redirectErrorStream(true).redirectOutput(work.resolve("example.log").toFile()).start();
            boolean ended = run.waitFor(150, TimeUnit.SECONDS);
            run.destroyForcibly();
            String output = Files.readString(work.resolve("example.log"));
            assertTrue(ended && run.exitValue() == 0, "the example did not end well:\n" + output);

            List<Map<String, Object>> created = odoo.rows("res.partner").stream().map(id -> odoo.row("res.partner", id))
                    .filter(row -> "Example tag partner".equals(row.get("name"))).toList();
            assertEquals(1, created.size(), "one partner for the one tag:\n" + output);
            assertEquals("YourCompany", created.get(0).get("ref"), "the company's name, as the read answered it");
            assertEquals(true, created.get(0).get("is_company"));
        }
    }

    /** Runs Maven as a user would, on the local repository and in the offline mode of the build that runs this test. */
    private void maven(String... arguments) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        List<String> command = new ArrayList<>(List.of(home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-B"));
        if ("offline=true".equals(System.getProperty("maven.offline"))) {
            command.add("-o");
        }
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        Path log = work.resolve("maven.log");
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = maven.waitFor(5, TimeUnit.MINUTES);
        maven.destroyForcibly();
        assertTrue(ended && maven.exitValue() == 0, String.join(" ", command) + " failed:\n" + Files.readString(log));
    }
}
