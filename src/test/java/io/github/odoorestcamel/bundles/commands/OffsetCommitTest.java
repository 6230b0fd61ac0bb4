package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class OffsetCommitTest {

    @Test
    void anOffsetCommitOutsideAKafkaRouteSaysWhatIsMissing() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            IllegalStateException missing = assertThrows(IllegalStateException.class,
                    () -> new OffsetCommit().process(new DefaultExchange(context)));
            assertEquals("No Kafka offset to commit: the route must read kafka: with allowManualCommit=true", missing.getMessage());
        }
    }
}
