package io.github.odoorestcamel.bundles.mirror;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Positions of {@code odoo:} consumers, kept in {@code odoo_sync_state} of a PostgreSQL database,
 * which the consumer reads at every poll, so another instance taking a model over starts where the
 * last write left it. The mirror writes its positions itself, in the transaction of the rows, so
 * the consumer's own write after the exchange stores a value that is already there; the feed's are
 * written by the consumer once the broker has confirmed the message.
 */
public final class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final DataSource dataSource;
    private volatile boolean tableCreated;

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The table is created on first use rather than at start, so a database that is down delays polling, not start-up. */
    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection()) {
            createTable(connection);
            return SyncStateTable.read(connection, key);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read the sync state " + key + " from " + SyncStateTable.NAME, e);
        }
    }

    /**
     * One consumer at a time: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against itself, and
     * two models' first polls at the same moment would fail one of them until its next poll.
     */
    private synchronized void createTable(Connection connection) throws SQLException {
        if (!tableCreated) {
            SyncStateTable.create(connection);
            tableCreated = true;
        }
    }

    @Override
    public void setState(String key, String state) {
        try (Connection connection = dataSource.getConnection()) {
            SyncStateTable.write(connection, key, state);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot store the sync state " + key + " in " + SyncStateTable.NAME, e);
        }
    }
}
