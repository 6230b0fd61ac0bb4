package io.github.odoorestcamel.bundles.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A real Apache ActiveMQ Artemis broker in the test JVM, on a free TCP port, with a persistent
 * journal in a temporary folder: stopped and started again it still holds its durable messages.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private EmbeddedActiveMQ server;

    private EmbeddedBroker(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    public static EmbeddedBroker start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            EmbeddedBroker broker = new EmbeddedBroker(socket.getLocalPort(), Files.createTempDirectory("artemis"));
            socket.close();
            broker.resume();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public ActiveMQConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url());
    }

    /** Starts the broker again on the same port and journal. */
    public void resume() {
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(),
                        java.util.Map.of("host", "127.0.0.1", "port", port)))
                // the tests redeliver through Camel; the broker hands a rolled-back message back at once
                .addAddressSetting("#", new AddressSettings().setRedeliveryDelay(0).setMaxDeliveryAttempts(-1));
        server = new EmbeddedActiveMQ().setConfiguration(config);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Artemis did not start on port " + port, e);
        }
    }

    /** Stops the broker as a crash of its host would look to clients: connections drop. */
    public void halt() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        halt();
    }
}
