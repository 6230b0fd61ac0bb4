package io.github.odoorestcamel.bundles.kafka;

import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;
import java.util.Optional;

/**
 * How the gateway reaches a Kafka cluster ({@code broker.kafka.*}): the security protocol, the
 * SASL mechanism its login ({@code broker.user}, {@code broker.password}) uses, and a trust store
 * for SSL. Read only when {@code broker.kind} is kafka.
 */
public record KafkaClientSettings(String securityProtocol, String saslMechanism, Optional<String> truststoreLocation,
                                  Optional<String> truststorePassword) {

    public static KafkaClientSettings read(SettingsReader settings) {
        return new KafkaClientSettings(settings.text("broker.kafka.security-protocol"), settings.text("broker.kafka.sasl-mechanism"),
                settings.optional("broker.kafka.ssl-truststore-location"), settings.optional("broker.kafka.ssl-truststore-password"));
    }

    @Override
    public String toString() {
        return "KafkaClientSettings[securityProtocol=" + securityProtocol + ", saslMechanism=" + saslMechanism + ", truststoreLocation="
                + truststoreLocation.orElse("") + ", truststorePassword=" + Secret.shown(truststorePassword.orElse(null)) + "]";
    }
}
