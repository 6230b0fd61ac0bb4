package io.github.odoorestcamel.released;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's own route, loaded by the released jar from {@code ROUTES_EXTRA}, keeps Camel's own error
 * handling: nothing of the REST API's error answering applies to it. A step that fails for one
 * record leaves the {@code odoo:} consumer's position before that record, so the record is tried
 * again on every poll, and no later record overtakes it; once the cause is gone it is delivered,
 * then the ones after it. A route whose own {@code onException} handles the failure moves on, as
 * the user asked.
 */
class UserRouteErrorsIT {

    /**
     * A sync route of the user's: it notes each attempt, then delivers one file per record and
     * fails when that file exists already. The test makes a record fail by putting a file in its
     * way, and lets it pass by removing it.
     */
    private static String syncRoute(String prefix, String configuration) {
        String name = prefix.toLowerCase();
        return """
                - route:
                    id: NAME-sync
                    CONFIGURATION
                    from:
                      uri: odoo:res.partner.category
                      parameters:
                        delay: 200
                        lookback: 0
                        since: beginning
                        stateKey: NAME
                        query: "{id,name}"
                        domain: '[["name","=like","PREFIX %"]]'
                      steps:
                        - setHeader: {name: CamelFileName, simple: "${body[name]}.txt"}
                        - setBody: {simple: "${body[name]}${sys.line.separator}"}
                        - to: file:WORK?fileName=attempts-NAME.log&fileExist=Append
                        - to: file:WORK/delivered?fileExist=Fail
                """.replace("NAME", name).replace("PREFIX", prefix)
                .replace("CONFIGURATION", configuration == null ? "" : "routeConfigurationId: " + configuration);
    }

    /** The user's own handling: a failure is noted and counts as delivered. */
    private static final String KEEP_GOING = """
            - routeConfiguration:
                id: keep-going
                onException:
                  - onException:
                      exception:
                        - java.lang.Exception
                      handled:
                        constant: true
                      steps:
                        - to: file:WORK?fileName=handled-lenient.log&fileExist=Append
            """;

    @Test
    void aFailingStepKeepsTheRecordUntilItPassesAndAUsersOwnHandlingIsHonoured() throws IOException {
        Path work = Files.createTempDirectory("user-route-errors");
        Path delivered = Files.createDirectories(work.resolve("delivered"));
        Files.writeString(delivered.resolve("Strict Poison.txt"), "in the way\n");
        Files.writeString(delivered.resolve("Lenient Poison.txt"), "in the way\n");
        Path routes = Files.createDirectories(work.resolve("routes"));
        Files.writeString(routes.resolve("sync.yaml"), (syncRoute("Strict", null) + KEEP_GOING + syncRoute("Lenient", "keep-going"))
                .replace("WORK", work.toString()));
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            odoo.commit(Instant.now().minusSeconds(5), "res.partner.category", List.of(
                    Map.of("name", "Strict 1"), Map.of("name", "Strict Poison"), Map.of("name", "Strict 3"),
                    Map.of("name", "Lenient 1"), Map.of("name", "Lenient Poison"), Map.of("name", "Lenient 3")));
            try (ReleasedJar gateway = ReleasedJar.start(work, Map.of(
                    "ODOO_URL", odoo.url(),
                    "ODOO_LOGIN", "admin",
                    "ODOO_API_KEY", OdooSimulator.ADMIN_API_KEY,
                    "ODOO_STATE_DIR", work.resolve("state").toString(),
                    "ROUTES_EXTRA", "file:" + routes + "/*.yaml"))) {

                assertTrue(gateway.await(Duration.ofSeconds(60), () -> count(work.resolve("attempts-strict.log"), "Strict Poison") >= 3),
                        "the failing record is tried again on every poll: " + read(work.resolve("attempts-strict.log")) + gateway.log());
                assertTrue(Files.exists(delivered.resolve("Strict 1.txt")), "the record before it went through");
                assertFalse(Files.exists(delivered.resolve("Strict 3.txt")), "no record after it overtakes it");
                assertEquals(0, count(work.resolve("attempts-strict.log"), "Strict 3"), read(work.resolve("attempts-strict.log")));

                assertTrue(gateway.await(Duration.ofSeconds(30), () -> Files.exists(delivered.resolve("Lenient 3.txt"))),
                        "a route that handles its own failure moves on: " + gateway.log());
                assertEquals("Lenient Poison\n", read(work.resolve("handled-lenient.log")), "handled by the user's onException, once");

                Files.delete(delivered.resolve("Strict Poison.txt"));
                assertTrue(gateway.await(Duration.ofSeconds(30), () -> Files.exists(delivered.resolve("Strict 3.txt"))),
                        "once the cause is gone the record is delivered, then the ones after it: " + gateway.log());
                assertEquals("Strict Poison\n", read(delivered.resolve("Strict Poison.txt")));
                assertEquals(1, count(work.resolve("attempts-strict.log"), "Strict 3"), read(work.resolve("attempts-strict.log")));
                assertEquals(1, count(work.resolve("attempts-lenient.log"), "Lenient Poison"), "the handled record is not tried again");

                String log = gateway.log();
                assertTrue(log.contains("Failed delivery for"), "Camel's error handler logs the failure:\n" + log);
                assertFalse(log.contains("ErrorResponder"), "the REST API's error answering stays out of users' routes:\n" + log);
                assertFalse(log.contains("Unexpected failure"), log);
            }
        }
    }

    private static int count(Path file, String line) {
        return (int) read(file).lines().filter(line::equals).count();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
