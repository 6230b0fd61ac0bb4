package io.github.odoorestcamel.released;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No secret setting reaches the log: the released jar, every bundle on (so that every secret is
 * read and used), each secret set to a canary of its own, at the default level and at debug. The
 * broker and the database are unreachable and the service account's credentials are wrong, so the
 * failure paths log too. On Kafka, the broker's password logs in through SASL (a JAAS configuration
 * the gateway builds) and a trust store password is set.
 */
class SecretsInLogIT {

    /** Each secret setting, as the environment variable an operator sets. */
    private static final List<String> SECRETS = List.of("ODOO_PASSWORD", "ODOO_API_KEY", "MIRROR_JDBC_PASSWORD", "BROKER_PASSWORD",
            "BROKER_KAFKA_SSL_TRUSTSTORE_PASSWORD", "CAMEL_COMPONENT_ODOO_PASSWORD", "CAMEL_COMPONENT_ODOO_API_KEY", "WEBHOOKS_CRM_SECRET",
            "WEBHOOKS_CRM_HEADERS");

    @ParameterizedTest
    @CsvSource({"info, artemis", "debug, artemis", "debug, kafka"})
    void noSecretSettingIsLogged(String level, String broker) throws IOException {
        Path work = Files.createTempDirectory("secrets-in-log");
        Map<String, String> environment = new HashMap<>();
        for (String secret : SECRETS) {
            environment.put(secret, canary(secret));
        }
        // a webhook secret is base64, and extra headers are 'Name: value'
        environment.put("WEBHOOKS_CRM_SECRET", "whsec_" + Base64.getEncoder().encodeToString(canary("WEBHOOKS_CRM_SECRET").getBytes()));
        environment.put("WEBHOOKS_CRM_HEADERS", "Authorization: Bearer " + canary("WEBHOOKS_CRM_HEADERS"));
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            environment.putAll(Map.of(
                    "LOG_LEVEL", level,
                    "ODOO_URL", odoo.url(),
                    "ODOO_LOGIN", "admin",
                    "BUNDLES", "rest,mirror,feed,commands,webhooks",
                    "MIRROR_MODELS", "res.partner",
                    "FEED_MODELS", "res.partner",
                    "MIRROR_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + ReleasedJar.freePort() + "/mirror",
                    "BROKER_KIND", broker,
                    "BROKER_URL", ("kafka".equals(broker) ? "127.0.0.1:" : "tcp://127.0.0.1:") + ReleasedJar.freePort(),
                    "ODOO_STATE_DIR", work.resolve("state").toString()));
            environment.put("MIRROR_DELAY", "1");
            environment.put("BROKER_USER", "gateway");
            environment.put("BROKER_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            environment.put("FEED_DELAY", "1");
            environment.put("WEBHOOKS_RECEIVERS", "crm");
            environment.put("WEBHOOKS_CRM_URL", "http://127.0.0.1:" + ReleasedJar.freePort() + "/hook");
            environment.put("WEBHOOKS_CRM_MODELS", "res.partner");
            environment.put("WEBHOOKS_DELAY", "1");
            try (ReleasedJar gateway = ReleasedJar.start(work, environment)) {
                // a few polls, each failing to log in to Odoo and to reach the broker and the database
                assertTrue(gateway.await(Duration.ofSeconds(30), () -> odoo.callCount() >= 3), "the service account tried to log in");
                gateway.await(Duration.ofSeconds(3), () -> false);
                String log = gateway.log();
                assertTrue(log.contains("mirror.jdbc-password"), "the start-up summary names the settings:\n" + log);
                for (String secret : SECRETS) {
                    assertEquals(-1, log.indexOf(canary(secret)), secret + " appears in the log:\n" + log);
                    assertEquals(-1, log.indexOf(environment.get(secret)), secret + " appears in the log:\n" + log);
                }
            }
        }
    }

    private static String canary(String setting) {
        return "canary-" + setting.toLowerCase().replace('_', '-') + "-7f3a";
    }
}
