package io.github.odoorestcamel.bundles.commands;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Commits the offset of the Kafka record the exchange came from, once its command was applied or
 * dead-lettered: a command read but not finished when the gateway stops is read again by the
 * consumer group. Runs on the consumer's own thread, the only one that may use its Kafka client.
 */
public final class OffsetCommit implements Processor {

    @Override
    public void process(Exchange exchange) {
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (commit == null) {
            throw new IllegalStateException("No Kafka offset to commit: the route must read kafka: with allowManualCommit=true");
        }
        commit.commit();
    }
}
