package io.github.odoorestcamel.bundles.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** The mirror database: creates and grows the tables, and writes rows with the feed state in one transaction. */
public final class MirrorStore {

    private final DataSource dataSource;
    /** Table layouts already brought in line, so the catalog is read once per layout, not per batch. */
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    public MirrorStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the table when missing and adds the columns it lacks; never drops a table or a column. */
    public void prepare(MirrorTable table) throws SQLException {
        String layout = table.name() + table.fieldColumns();
        if (prepared.contains(layout)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(table.createStatement());
            for (String alter : table.addColumnStatements(columns(connection, table.name()))) {
                statement.execute(alter);
            }
        }
        prepared.add(layout);
    }

    /**
     * Upserts the rows in one JDBC batch and stores the consumer's state in the same transaction:
     * after a crash at any point either both are in the database or neither is.
     */
    public void write(MirrorTable table, List<MirrorRow> rows, String stateKey, String state) throws SQLException {
        prepare(table);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsert(connection, table, rows);
                SyncStateTable.create(connection);
                SyncStateTable.write(connection, stateKey, state);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    public Set<Long> ids(MirrorTable table) throws SQLException {
        prepare(table);
        Set<Long> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(table.selectIdsStatement())) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    public int delete(MirrorTable table, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(table.deleteStatement())) {
            delete.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            return delete.executeUpdate();
        }
    }

    private static void upsert(Connection connection, MirrorTable table, List<MirrorRow> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(table.upsertStatement())) {
            for (MirrorRow row : rows) {
                int index = 1;
                upsert.setLong(index++, row.id());
                for (Map.Entry<String, ColumnType> column : table.fieldColumns().entrySet()) {
                    upsert.setObject(index++, jdbcValue(connection, ColumnValues.toColumn(column.getValue(), row.values().get(column.getKey()))));
                }
                upsert.setObject(index, row.writeDate() == null ? null : ColumnValues.timestamp(row.writeDate()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        return value instanceof Long[] ids ? connection.createArrayOf("bigint", ids) : value;
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
