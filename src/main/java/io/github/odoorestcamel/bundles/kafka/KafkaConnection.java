package io.github.odoorestcamel.bundles.kafka;

import io.github.odoorestcamel.bundles.BrokerSettings;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.serde.ToStringKafkaHeaderDeserializer;

/**
 * Sets the Kafka component's shared configuration from the broker settings: bootstrap servers,
 * security, and headers as text both ways, so that consumers of the feed read {@code OdooId} and
 * a command's {@code reply-to} arrives as a topic name rather than bytes.
 */
public final class KafkaConnection {

    /** The JAAS login module of each SASL mechanism a user and password log in with. */
    private static final Map<String, String> LOGIN_MODULES = Map.of(
            "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule",
            "SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule");

    private KafkaConnection() {
    }

    public static void configure(KafkaConfiguration configuration, BrokerSettings broker, KafkaClientSettings client) {
        configuration.setBrokers(broker.url());
        configuration.setSecurityProtocol(client.securityProtocol());
        configuration.setHeaderSerializer(new TextHeaderSerializer());
        configuration.setHeaderDeserializer(new ToStringKafkaHeaderDeserializer());
        if (client.securityProtocol().toUpperCase(Locale.ROOT).startsWith("SASL_")) {
            configuration.setSaslMechanism(client.saslMechanism());
            if (!broker.user().isEmpty()) {
                configuration.setSaslJaasConfig(jaasConfig(client.saslMechanism(), broker.user(), broker.password()));
            }
        }
        client.truststoreLocation().ifPresent(configuration::setSslTruststoreLocation);
        client.truststorePassword().ifPresent(configuration::setSslTruststorePassword);
    }

    /** The {@code sasl.jaas.config} that logs in as the user with the password through the mechanism. */
    static String jaasConfig(String mechanism, String user, String password) {
        String module = LOGIN_MODULES.get(mechanism.toUpperCase(Locale.ROOT));
        if (module == null) {
            throw new IllegalArgumentException("broker.kafka.sasl-mechanism (BROKER_KAFKA_SASL_MECHANISM) '" + mechanism
                    + "' does not log in with broker.user and broker.password: use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512, or leave "
                    + "broker.user empty and set camel.component.kafka.sasl-jaas-config");
        }
        return module + " required username=" + quoted(user) + " password=" + quoted(password) + ";";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
