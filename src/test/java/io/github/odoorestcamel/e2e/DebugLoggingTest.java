package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No log setting reveals a secret: a gateway in its own JVM with the logging backend's root at
 * debug (and the HTTP client's header and wire loggers asked for by name) logs in with a password,
 * reads with the session and with API keys, and its whole log is searched for each secret.
 */
class DebugLoggingTest {

    @Test
    void noSecretReachesTheLogAtDebug(@TempDir Path dir) throws Exception {
        Path secrets = dir.resolve("secrets.txt");
        Path log = dir.resolve("gateway.log");
        Path config = dir.resolve("logback.xml");
        Files.writeString(config, """
                <configuration>
                  <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%level %logger %msg%n</pattern></encoder>
                  </appender>
                  <logger name="org.apache.hc.client5.http.headers" level="DEBUG"/>
                  <logger name="org.apache.hc.client5.http.wire" level="DEBUG"/>
                  <root level="DEBUG"><appender-ref ref="console"/></root>
                </configuration>
                """);
        ChildJvm.Run run = ChildJvm.run(LoggedSecrets.class, List.of("-Dlogback.configurationFile=" + config), log, secrets.toString());
        assertEquals(0, run.exitCode(), run.tail());
        String output = run.output();
        assertTrue(output.contains("DEBUG"), "the root logger was at debug");
        List<String> used = Files.readAllLines(secrets);
        assertEquals(5, used.size(), "password, session, two API keys and the Basic credentials were used");
        for (String secret : used) {
            assertFalse(output.contains(secret), "a secret reached the log: " + secret.substring(0, 6) + "…");
        }
    }

    /** The run in the child JVM: every way a secret travels to Odoo, then the secrets used, one a line. */
    public static final class LoggedSecrets {

        public static void main(String[] args) throws Exception {
            RunningGateway v17 = RunningGateway.odoo(17);
            String password = HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
            v17.odoo.changePassword("admin", password);
            Reply login = v17.post("/auth/", "{\"params\":{\"login\":\"admin\",\"password\":\"" + password + "\"}}");
            String session = login.json().path("result").path("session_id").asText();
            require(v17.getAs(session, "/api/res.partner/?page_size=1").status());
            String key17 = v17.odoo.newApiKey("admin");
            String basic = ApiKeyTest.basic("admin", key17);
            require(v17.get("/api/res.partner/?page_size=1", "Authorization", basic).status());
            RunningGateway v19 = RunningGateway.odoo(19);
            String key19 = v19.odoo.newApiKey("admin");
            require(v19.get("/api/res.partner/?page_size=1", "Authorization", "Bearer " + key19).status());
            Files.write(new File(args[0]).toPath(), List.of(password, session, key17, key19, basic.substring("Basic ".length())));
            System.exit(0);
        }

        private static void require(int status) {
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status);
            }
        }
    }
}
