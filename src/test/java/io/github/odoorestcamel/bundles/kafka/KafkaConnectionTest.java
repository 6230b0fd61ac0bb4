package io.github.odoorestcamel.bundles.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.bundles.BrokerKind;
import io.github.odoorestcamel.bundles.BrokerSettings;
import java.util.Optional;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    private static final BrokerSettings BROKER = new BrokerSettings(BrokerKind.KAFKA, "k1:9092,k2:9092", "gateway", "s3\"cr\\t");

    @Test
    void plaintextNeedsOnlyTheBootstrapServers() {
        KafkaConfiguration configuration = new KafkaConfiguration();
        KafkaConnection.configure(configuration, BROKER, new KafkaClientSettings("PLAINTEXT", "PLAIN", Optional.empty(), Optional.empty()));
        assertEquals("k1:9092,k2:9092", configuration.getBrokers());
        assertEquals("PLAINTEXT", configuration.getSecurityProtocol());
        assertNull(configuration.getSaslJaasConfig(), "no login without SASL");
        assertTrue(configuration.getHeaderSerializer() instanceof TextHeaderSerializer);
    }

    @Test
    void saslLogsInAsTheBrokerUserWithItsPasswordQuoted() {
        KafkaConfiguration configuration = new KafkaConfiguration();
        KafkaConnection.configure(configuration, BROKER, new KafkaClientSettings("SASL_SSL", "SCRAM-SHA-512", Optional.of("/etc/ca.p12"),
                Optional.of("changeit")));
        assertEquals("SCRAM-SHA-512", configuration.getSaslMechanism());
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"gateway\" password=\"s3\\\"cr\\\\t\";",
                configuration.getSaslJaasConfig());
        assertEquals("/etc/ca.p12", configuration.getSslTruststoreLocation());
        assertEquals("changeit", configuration.getSslTruststorePassword());
    }

    @Test
    void aMechanismThatDoesNotLogInWithAPasswordIsRefusedNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KafkaConnection.jaasConfig("OAUTHBEARER", "gateway", "secret"));
        assertTrue(refused.getMessage().startsWith("broker.kafka.sasl-mechanism (BROKER_KAFKA_SASL_MECHANISM) 'OAUTHBEARER'"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"), "never the password");
    }

    @Test
    void theClientSettingsNeverShowTheTrustStorePassword() {
        assertFalse(new KafkaClientSettings("SSL", "PLAIN", Optional.of("/ca.p12"), Optional.of("changeit")).toString().contains("changeit"));
    }
}
