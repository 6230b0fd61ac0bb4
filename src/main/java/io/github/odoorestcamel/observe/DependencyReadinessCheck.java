package io.github.odoorestcamel.observe;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a service a bundle needs besides Odoo — the broker, the mirror database: the
 * instance is ready only while it can reach it. Like Odoo's, a restart would not bring it back, so
 * it is never a liveness check.
 */
public final class DependencyReadinessCheck extends AbstractHealthCheck {

    /** Opens and closes one connection to the dependency; throws when it cannot. */
    @FunctionalInterface
    public interface Probe {
        void connect() throws Exception;
    }

    private final Probe probe;

    public DependencyReadinessCheck(String id, Probe probe) {
        super("odoo-rest-camel", id);
        this.probe = probe;
    }

    /** The mirror database answers a connection's validity check. */
    public static DependencyReadinessCheck database(String id, DataSource dataSource) {
        return new DependencyReadinessCheck(id, () -> {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                if (!connection.isValid(2)) {
                    throw new IllegalStateException("the database did not answer a validity check");
                }
            }
        });
    }

    /** The broker accepts a JMS connection. */
    public static DependencyReadinessCheck broker(String id, ConnectionFactory factory) {
        return new DependencyReadinessCheck(id, () -> {
            try (Connection connection = factory.createConnection()) {
                connection.getMetaData();
            }
        });
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            probe.connect();
            builder.up();
        } catch (Exception e) {
            builder.down().message(getId() + " is unreachable: " + e.getClass().getSimpleName());
        }
    }
}
