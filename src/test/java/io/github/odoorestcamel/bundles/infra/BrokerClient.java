package io.github.odoorestcamel.bundles.infra;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plain JMS client of the embedded broker, as a system on the other side of the bus would be. */
public final class BrokerClient implements AutoCloseable {

    private final Connection connection;
    private final Session session;

    public BrokerClient(ConnectionFactory factory) throws JMSException {
        connection = factory.createConnection();
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    public Session session() {
        return session;
    }

    public MessageConsumer subscribe(Destination destination) throws JMSException {
        return session.createConsumer(destination);
    }

    /** Sends a text message with the given string properties (JMSXGroupID among them). */
    public TextMessage send(String queue, String body, Map<String, String> properties) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        for (Map.Entry<String, String> property : properties.entrySet()) {
            message.setStringProperty(property.getKey(), property.getValue());
        }
        try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.send(message);
        }
        return message;
    }

    /** Every message that arrives within the wait after the last one. */
    public static List<TextMessage> drain(MessageConsumer consumer, long quietMillis) throws JMSException {
        List<TextMessage> received = new ArrayList<>();
        Message message;
        while ((message = consumer.receive(quietMillis)) != null) {
            received.add((TextMessage) message);
        }
        return received;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
