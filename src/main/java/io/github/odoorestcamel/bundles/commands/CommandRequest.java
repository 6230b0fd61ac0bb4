package io.github.odoorestcamel.bundles.commands;

import io.github.odoorestcamel.component.odoo.OdooConstants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Reads the command message and prepares the {@code odoo:} producer's call: the operation and its
 * options as headers, the values (or call arguments, or nothing) as body. Headers that steer the
 * producer are taken only from the checked command, never from the message's own properties.
 */
public final class CommandRequest implements Processor {

    /** The command's model: the route sends to {@code odoo:} + this. */
    public static final String MODEL_HEADER = "OdooCommandModel";
    /** What identifies the command for duplicate detection: its {@code id}, else the broker's id of the message. */
    public static final String COMMAND_ID_HEADER = "OdooCommandId";

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        in.removeHeaders("CamelOdoo*");
        Command command = CommandParser.parse(in.getBody(String.class));
        in.setHeader(MODEL_HEADER, command.model());
        in.setHeader(COMMAND_ID_HEADER, command.id() != null ? command.id() : brokerMessageId(in));
        in.setHeader(OdooConstants.OPERATION, command.operation());
        if (command.ids() != null) {
            in.setHeader(OdooConstants.IDS, command.ids());
        }
        if (command.key() != null) {
            in.setHeader(OdooConstants.KEY, command.key());
        }
        if (command.method() != null) {
            in.setHeader(OdooConstants.METHOD, command.method());
        }
        if (command.context() != null) {
            in.setHeader(OdooConstants.CONTEXT, command.context());
        }
        in.setBody(body(command));
    }

    /** The JMS message id, or for a Kafka record its topic, partition and offset, which no other record shares. */
    static String brokerMessageId(Message in) {
        String jms = in.getHeader("JMSMessageID", String.class);
        if (jms != null) {
            return jms;
        }
        return in.getHeader(KafkaConstants.TOPIC, String.class) + "-" + in.getHeader(KafkaConstants.PARTITION, String.class)
                + "@" + in.getHeader(KafkaConstants.OFFSET, String.class);
    }

    private static Object body(Command command) {
        if ("call".equals(command.operation())) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("args", command.args());
            call.put("kwargs", command.kwargs() == null ? Map.of() : command.kwargs());
            return call;
        }
        return command.values();
    }
}
