package io.github.odoorestcamel.bundles.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker in the test JVM, in KRaft mode (broker and controller in one node),
 * on fixed free ports with its log in a temporary folder: stopped and started again it keeps its
 * topics, records and committed offsets, as a restarted broker does. One is shared by every Kafka
 * test ({@link #shared()}), since starting one takes seconds.
 */
public final class EmbeddedKafka {

    private static EmbeddedKafka shared;

    private final Properties config;
    private KafkaRaftServer server;

    private EmbeddedKafka(Properties config) {
        this.config = config;
    }

    /** The broker every Kafka test uses; started on first use, stopped with the JVM. */
    public static synchronized EmbeddedKafka shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::halt, "kafka-shutdown"));
        }
        return shared;
    }

    static EmbeddedKafka start() {
        // a fatal fault in the broker would otherwise end the whole test JVM
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka halted (" + status + "): " + message);
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka exited (" + status + "): " + message);
        });
        int port = RunningBundles.freePort();
        int controllerPort = RunningBundles.freePort();
        Path logDir;
        try {
            logDir = Files.createTempDirectory("kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // a consumer group starts at once instead of waiting for more members
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        format(KafkaConfig.fromProps(config, false), logDir);
        EmbeddedKafka broker = new EmbeddedKafka(config);
        broker.resume();
        return broker;
    }

    private static void format(KafkaConfig config, Path logDir) {
        try {
            new Formatter().setPrintStream(System.out).setNodeId(config.nodeId()).setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER").setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString())).setReleaseVersion(MetadataVersion.LATEST_PRODUCTION).run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log folder", e);
        }
    }

    /** The bootstrap servers. */
    public String url() {
        return ((String) config.get("advertised.listeners")).substring("PLAINTEXT://".length());
    }

    /** Starts the broker (again) on the same ports and log, unless it runs. */
    public void resume() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker: clients lose their connection until it is resumed. */
    public void halt() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Creates a topic with that many partitions. */
    public void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, url()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create topic " + name, e);
        }
    }
}
