package io.github.odoorestcamel.bundles.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MirrorTableTest {

    private static MirrorTable partners() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("id", ColumnType.BIGINT);
        columns.put("name", ColumnType.TEXT);
        columns.put("parent_id", ColumnType.BIGINT);
        columns.put("category_id", ColumnType.BIGINT_ARRAY);
        columns.put("write_date", ColumnType.TIMESTAMP);
        return new MirrorTable(MirrorTable.tableName("odoo_", "res.partner"), columns);
    }

    @Test
    void theTableOfAModelIsItsNameWithUnderscoresBehindThePrefix() {
        assertEquals("odoo_res_partner", MirrorTable.tableName("odoo_", "res.partner"));
        assertEquals("mirror_res_partner_category", MirrorTable.tableName("mirror_", "res.partner.category"));
    }

    @Test
    void createHasIdAsPrimaryKeyTypedFieldColumnsThenWriteDateAndSyncedAt() {
        assertEquals("CREATE TABLE IF NOT EXISTS \"odoo_res_partner\" (id bigint PRIMARY KEY, \"name\" text, "
                + "\"parent_id\" bigint, \"category_id\" bigint[], write_date timestamp, "
                + "synced_at timestamp with time zone NOT NULL DEFAULT now())", partners().createStatement());
    }

    @Test
    void onlyFieldsTheTableLacksAreAddedAndNothingIsDropped() {
        assertEquals(List.of("ALTER TABLE \"odoo_res_partner\" ADD COLUMN IF NOT EXISTS \"category_id\" bigint[]"),
                partners().addColumnStatements(Set.of("id", "name", "parent_id", "write_date", "synced_at", "old_field")));
    }

    @Test
    void upsertOverwritesEveryColumnOnConflictOnId() {
        assertEquals("INSERT INTO \"odoo_res_partner\" (id, \"name\", \"parent_id\", \"category_id\", write_date, synced_at) "
                + "VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (id) DO UPDATE SET \"name\" = EXCLUDED.\"name\", "
                + "\"parent_id\" = EXCLUDED.\"parent_id\", \"category_id\" = EXCLUDED.\"category_id\", "
                + "write_date = EXCLUDED.write_date, synced_at = EXCLUDED.synced_at", partners().upsertStatement());
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MirrorTable("odoo_x\"; drop table y", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new MirrorTable("odoo_x", Map.of("Name", ColumnType.TEXT)));
        assertThrows(IllegalArgumentException.class, () -> new MirrorTable("t".repeat(64), Map.of()));
    }
}
