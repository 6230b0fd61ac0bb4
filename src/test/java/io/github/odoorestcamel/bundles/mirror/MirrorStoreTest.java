package io.github.odoorestcamel.bundles.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.bundles.infra.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MirrorStoreTest {

    private EmbeddedDatabase database;
    private MirrorStore store;
    private JdbcStateRepository state;

    @BeforeEach
    void freshDatabase() {
        database = EmbeddedDatabase.create();
        store = new MirrorStore(database.dataSource);
        state = new JdbcStateRepository(database.dataSource);
    }

    private static MirrorTable partners(String... extra) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("name", ColumnType.TEXT);
        columns.put("active", ColumnType.BOOLEAN);
        columns.put("credit_limit", ColumnType.DOUBLE);
        columns.put("parent_id", ColumnType.BIGINT);
        columns.put("category_id", ColumnType.BIGINT_ARRAY);
        columns.put("date", ColumnType.DATE);
        for (String column : extra) {
            columns.put(column, ColumnType.TEXT);
        }
        return new MirrorTable("odoo_res_partner", columns);
    }

    private static MirrorRow azure(String name) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("active", false);
        values.put("credit_limit", 1500.5);
        values.put("parent_id", false);
        values.put("category_id", List.of(3, 5));
        values.put("date", "2026-11-27");
        values.put("email", "azure@example.com");
        return new MirrorRow(14, values, "2026-11-27 19:42:44");
    }

    @Test
    void theTableIsCreatedWithTheDocumentedColumnTypes() throws SQLException {
        store.prepare(partners());
        Map<String, String> types = columnTypes();
        assertEquals(Map.of("id", "bigint", "name", "text", "active", "boolean", "credit_limit", "double precision",
                "parent_id", "bigint", "category_id", "ARRAY", "date", "date", "write_date", "timestamp without time zone",
                "synced_at", "timestamp with time zone"), types);
    }

    @Test
    void rowsAndStateAreWrittenTogetherAndARowIsOverwrittenByItsId() throws SQLException {
        store.write(partners(), List.of(azure("Azure Interior")), "mirror:res.partner", "{\"since\":\"a\"}");
        store.write(partners(), List.of(azure("Azure Interior SA")), "mirror:res.partner", "{\"since\":\"b\"}");
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM odoo_res_partner")) {
            rows.next();
            assertEquals(14, rows.getLong("id"));
            assertEquals("Azure Interior SA", rows.getString("name"));
            assertEquals(false, rows.getObject("active"));
            assertEquals(1500.5, rows.getDouble("credit_limit"));
            assertNull(rows.getObject("parent_id"));
            assertArrayEquals(new Long[] {3L, 5L}, (Long[]) rows.getArray("category_id").getArray());
            assertEquals(LocalDate.of(2026, 11, 27), rows.getObject("date", LocalDate.class));
            assertEquals(LocalDateTime.of(2026, 11, 27, 19, 42, 44), rows.getObject("write_date", LocalDateTime.class));
            assertEquals(false, rows.next());
        }
        assertEquals("{\"since\":\"b\"}", state.getState("mirror:res.partner"));
        assertNull(state.getState("mirror:res.users"));
    }

    @Test
    void aFieldAddedLaterBecomesAColumnAndTheRowsKeepTheirValues() throws SQLException {
        store.write(partners(), List.of(azure("Azure Interior")), "k", "1");
        store.write(partners("email"), List.of(new MirrorRow(15, Map.of("name", "Deco", "email", "deco@example.com"), null)), "k", "2");
        assertEquals("text", columnTypes().get("email"));
        assertEquals(Set.of(14L, 15L), store.ids(partners("email")));
        assertEquals("Azure Interior", single("SELECT name FROM odoo_res_partner WHERE id = 14"));
        assertEquals("deco@example.com", single("SELECT email FROM odoo_res_partner WHERE id = 15"));
    }

    @Test
    void aFailureWhileStoringTheStateLeavesNeitherRowsNorState() throws SQLException {
        store.write(partners(), List.of(azure("Azure Interior")), "k", "1");
        database.execute("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER refuse BEFORE UPDATE ON odoo_sync_state FOR EACH ROW EXECUTE FUNCTION refuse()");
        MirrorRow renamed = azure("Renamed");
        MirrorRow added = new MirrorRow(99, Map.of("name", "New"), null);
        assertThrows(SQLException.class, () -> store.write(partners(), List.of(renamed, added), "k", "2"));
        assertEquals("Azure Interior", single("SELECT name FROM odoo_res_partner WHERE id = 14"));
        assertEquals(Set.of(14L), store.ids(partners()));
        assertEquals("1", state.getState("k"));
    }

    @Test
    void rowsAreDeletedByIdAndOthersKept() throws SQLException {
        store.write(partners(), List.of(azure("A"), new MirrorRow(20, Map.of("name", "B"), null),
                new MirrorRow(21, Map.of("name", "C"), null)), "k", "1");
        assertEquals(2, store.delete(partners(), List.of(14L, 21L, 500L)));
        assertEquals(Set.of(20L), store.ids(partners()));
        assertEquals(0, store.delete(partners(), List.of()));
    }

    private Map<String, String> columnTypes() throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                     + "WHERE table_name = 'odoo_res_partner'")) {
            while (rows.next()) {
                types.put(rows.getString(1), rows.getString(2));
            }
        }
        return types;
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
