package io.github.odoorestcamel.bundles.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class CommandRequestTest {

    @Test
    void aCommandWithoutIdIsKnownByItsJmsMessageIdOrItsKafkaRecordsPlace() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Message jms = new DefaultExchange(context).getIn();
            jms.setHeader("JMSMessageID", "ID:abc");
            assertEquals("ID:abc", CommandRequest.brokerMessageId(jms));
            Message kafka = new DefaultExchange(context).getIn();
            kafka.setHeader(KafkaConstants.TOPIC, "odoo.commands");
            kafka.setHeader(KafkaConstants.PARTITION, 2);
            kafka.setHeader(KafkaConstants.OFFSET, 117L);
            assertEquals("odoo.commands-2@117", CommandRequest.brokerMessageId(kafka));
        }
    }
}
