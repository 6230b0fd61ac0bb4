package io.github.odoorestcamel.bundles;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;

/** A pool of connections to a bundle's PostgreSQL database, closed when Camel stops. */
final class JdbcPool {

    private JdbcPool() {
    }

    static HikariDataSource open(CamelContext context, String name, String jdbcUrl, String user, String password, int maxConnections)
            throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(maxConnections);
        pool.setPoolName(name);
        // a database that is down at start-up delays the first poll instead of failing the start
        pool.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(pool);
        context.addService(new ClosedOnStop(dataSource));
        return dataSource;
    }
}
