package io.github.odoorestcamel.bundles.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.bundles.infra.EmbeddedDatabase;
import io.github.odoorestcamel.bundles.infra.RunningBundles;
import io.github.odoorestcamel.bundles.infra.TcpGate;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MirrorBundleTest {

    private static final String TABLE = "odoo_res_partner";

    private OdooSimulator odoo;
    private TcpGate gate;
    private EmbeddedDatabase database;
    private Map<String, String> settings;
    private RunningBundles app;

    @BeforeEach
    void start() throws Exception {
        odoo = new OdooSimulator(17).start();
        gate = new TcpGate(URI.create(odoo.url()).getPort());
        database = EmbeddedDatabase.create();
        settings = RunningBundles.baseSettings(odoo);
        settings.put("odoo.url", gate.url());
        settings.put("bundles", "mirror");
        settings.put("mirror.models", "res.partner");
        settings.put("mirror.jdbc-url", database.jdbcUrl);
        settings.put("mirror.jdbc-user", EmbeddedDatabase.user());
        settings.put("mirror.delay", "1");
        settings.put("mirror.reconcile-every", "2");
        settings.put("odoo.rest.datetime-format", "odoo");
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        gate.close();
        odoo.close();
    }

    @Test
    void aThousandRecordsBecomeAThousandTypedRows() throws Exception {
        List<Integer> ids = createPartners(1000, Instant.now());
        app = RunningBundles.start(settings);
        int expected = odoo.rows("res.partner").size();
        await("every partner mirrored", () -> count("SELECT count(*) FROM " + TABLE) == expected);
        Map<String, String> types = columnTypes();
        assertEquals("bigint", types.get("id"));
        assertEquals("text", types.get("name"));
        assertEquals("boolean", types.get("active"));
        assertEquals("bigint", types.get("parent_id"));
        assertEquals("ARRAY", types.get("category_id"));
        assertEquals("timestamp without time zone", types.get("write_date"));
        assertEquals("timestamp with time zone", types.get("synced_at"));
        int sample = ids.get(500);
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, email, active, parent_id, category_id FROM " + TABLE + " WHERE id = " + sample)) {
            assertTrue(row.next());
            assertEquals(odoo.row("res.partner", sample).get("name"), row.getString("name"));
            assertEquals(odoo.row("res.partner", sample).get("email"), row.getString("email"));
            assertEquals(true, row.getObject("active"));
            assertEquals(3L, row.getLong("parent_id"));
            assertArrayEquals(new Long[] {1L}, (Long[]) row.getArray("category_id").getArray());
        }
    }

    @Test
    void anUpdateAnArchiveAndADeletionReachTheTable() throws Exception {
        int id = createPartners(1, Instant.now()).get(0);
        app = RunningBundles.start(settings);
        await("partner mirrored", () -> "Mirror partner 0".equals(text("SELECT name FROM " + TABLE + " WHERE id = " + id)));

        odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "name", "Renamed")));
        long changed = System.nanoTime();
        await("rename mirrored", () -> "Renamed".equals(text("SELECT name FROM " + TABLE + " WHERE id = " + id)));
        // within two polls of mirror.delay = 1 s, with a margin for a loaded machine
        assertTrue(Duration.ofNanos(System.nanoTime() - changed).toMillis() < 2_000 + 3_000, "update took too long");

        odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "active", false)));
        await("archive mirrored", () -> "f".equals(text("SELECT active FROM " + TABLE + " WHERE id = " + id)));

        app.producer().requestBodyAndHeader("odoo:res.partner?operation=unlink", null, "CamelOdooIds", id);
        await("deleted row removed by reconcile", () -> count("SELECT count(*) FROM " + TABLE + " WHERE id = " + id) == 0);
        assertEquals(odoo.rows("res.partner").size(), count("SELECT count(*) FROM " + TABLE));
    }

    @Test
    void aFieldAddedToTheQueryBecomesAColumn() throws Exception {
        int id = createPartners(1, Instant.now()).get(0);
        settings.put("mirror.query.res.partner", "{id,name,write_date}");
        app = RunningBundles.start(settings);
        await("partner mirrored", () -> "Mirror partner 0".equals(text("SELECT name FROM " + TABLE + " WHERE id = " + id)));
        assertEquals(Set.of("id", "name", "write_date", "synced_at"), columnTypes().keySet());
        app.stop();

        settings.put("mirror.query.res.partner", "{id,name,email,write_date}");
        app = RunningBundles.start(settings);
        odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "email", "new@example.com")));
        await("new column filled", () -> "new@example.com".equals(text("SELECT email FROM " + TABLE + " WHERE id = " + id)));
        assertEquals("text", columnTypes().get("email"));
        assertEquals("Mirror partner 0", text("SELECT name FROM " + TABLE + " WHERE id = " + id));
    }

    @Test
    void aCrashBetweenRowsAndStateLosesNothingAndAppliesNothingTwice() throws Exception {
        List<Integer> ids = createPartners(400, Instant.now());
        settings.put("mirror.batch-size", "200");
        settings.put("mirror.query.res.partner", "{id,name,email,write_date}");
        new MirrorStore(database.dataSource).prepare(new MirrorTable(TABLE, Map.of()));
        database.execute(SyncStateTable.createStatement(),
                "CREATE TABLE applied (id bigint)",
                "CREATE SEQUENCE failed_attempts",
                "CREATE TABLE fail_switch (armed boolean)",
                "INSERT INTO fail_switch VALUES (true)",
                // counts every row write that commits: a batch applied twice shows as two
                "CREATE FUNCTION count_applied() RETURNS trigger AS $$ BEGIN INSERT INTO applied VALUES (NEW.id); RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER count_applied AFTER INSERT OR UPDATE ON " + TABLE + " FOR EACH ROW EXECUTE FUNCTION count_applied()",
                // fails the state write of the second batch, after its rows were written in the same transaction
                "CREATE FUNCTION fail_state() RETURNS trigger AS $$ BEGIN "
                        + "IF (SELECT count(*) FROM applied) > 300 AND (SELECT armed FROM fail_switch) THEN "
                        + "PERFORM nextval('failed_attempts'); RAISE EXCEPTION 'crash between rows and state'; END IF; "
                        + "RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER fail_state BEFORE INSERT OR UPDATE ON " + SyncStateTable.NAME + " FOR EACH ROW EXECUTE FUNCTION fail_state()");
        app = RunningBundles.start(settings);
        await("the injected failure happened twice", () -> count("SELECT last_value FROM failed_attempts") >= 2);
        long before = count("SELECT count(*) FROM " + TABLE);
        assertTrue(before > 0 && before <= 300, "the batches before the failure are in, the failed one rolled back: " + before);
        app.stop();
        database.execute("UPDATE fail_switch SET armed = false");

        app.restart();
        int expected = odoo.rows("res.partner").size();
        await("every partner mirrored after the restart", () -> count("SELECT count(*) FROM " + TABLE) == expected);
        Thread.sleep(2_500);
        assertEquals(0, count("SELECT count(*) FROM (SELECT id FROM applied GROUP BY id HAVING count(*) > 1) twice"),
                "a row was applied twice");
        assertEquals(expected, count("SELECT count(DISTINCT id) FROM applied"));
        assertTrue(ids.stream().allMatch(id -> {
            try {
                return count("SELECT count(*) FROM " + TABLE + " WHERE id = " + id) == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void whenOdooIsDownTheMirrorWaitsAndCatchesUp() throws Exception {
        int id = createPartners(1, Instant.now()).get(0);
        app = RunningBundles.start(settings);
        await("partner mirrored", () -> "Mirror partner 0".equals(text("SELECT name FROM " + TABLE + " WHERE id = " + id)));
        gate.shut();
        odoo.commit(Instant.now(), "res.partner", List.of(Map.of("id", id, "name", "Changed while Odoo was unreachable")));
        int created = createPartners(1, Instant.now()).get(0);
        Thread.sleep(3_000);
        assertEquals("Mirror partner 0", text("SELECT name FROM " + TABLE + " WHERE id = " + id));
        gate.open();
        await("change mirrored after Odoo came back",
                () -> "Changed while Odoo was unreachable".equals(text("SELECT name FROM " + TABLE + " WHERE id = " + id)));
        await("record created meanwhile mirrored", () -> count("SELECT count(*) FROM " + TABLE + " WHERE id = " + created) == 1);
    }

    private List<Integer> createPartners(int count, Instant at) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", "Mirror partner " + i);
            row.put("email", "partner" + i + "@example.com");
            row.put("active", true);
            row.put("parent_id", 3);
            row.put("category_id", new ArrayList<>(List.of(1)));
            rows.add(row);
        }
        return odoo.commit(at, "res.partner", rows);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException tableNotThereYet) {
            return -1;
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException tableNotThereYet) {
            return null;
        }
    }

    private Map<String, String> columnTypes() throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + TABLE + "'")) {
            while (rows.next()) {
                types.put(rows.getString(1), rows.getString(2));
            }
        }
        return types;
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached within 60 seconds: " + what);
    }
}
