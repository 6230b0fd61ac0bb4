package io.github.odoorestcamel.bundles.mirror;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table that mirrors one Odoo model: {@code id} as primary key, one typed column per mirrored
 * field, then {@code write_date} (Odoo's) and {@code synced_at} (when the row was last written).
 * It writes the SQL for creating the table, growing it, and upserting rows; it never drops anything,
 * so a field removed from the query keeps its column and its last values.
 */
public final class MirrorTable {

    public static final String WRITE_DATE = "write_date";
    public static final String SYNCED_AT = "synced_at";
    private static final Set<String> OWN_COLUMNS = Set.of("id", WRITE_DATE, SYNCED_AT);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    /** PostgreSQL truncates longer identifiers silently; two models could then share a table. */
    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private final String name;
    private final Map<String, ColumnType> fieldColumns;

    public MirrorTable(String name, Map<String, ColumnType> fieldColumns) {
        this.name = identifier(name, "table");
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        fieldColumns.forEach((field, type) -> {
            if (!OWN_COLUMNS.contains(field)) {
                columns.put(identifier(field, "column"), type);
            }
        });
        this.fieldColumns = Collections.unmodifiableMap(columns);
    }

    /** The table of a model: {@code odoo_} + {@code res.partner} → {@code odoo_res_partner}. */
    public static String tableName(String prefix, String model) {
        return (prefix + model.replace('.', '_')).toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    /** The field columns, in the order of the query (without id, write_date and synced_at). */
    public Map<String, ColumnType> fieldColumns() {
        return fieldColumns;
    }

    public String createStatement() {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(name)).append(" (id bigint PRIMARY KEY");
        fieldColumns.forEach((column, type) -> sql.append(", ").append(quote(column)).append(' ').append(type.sql()));
        return sql.append(", ").append(WRITE_DATE).append(" timestamp, ")
                .append(SYNCED_AT).append(" timestamp with time zone NOT NULL DEFAULT now())").toString();
    }

    /** One {@code ALTER TABLE … ADD COLUMN} per field column the table does not have yet. */
    public List<String> addColumnStatements(Set<String> existingColumns) {
        List<String> statements = new ArrayList<>();
        fieldColumns.forEach((column, type) -> {
            if (!existingColumns.contains(column)) {
                statements.add("ALTER TABLE " + quote(name) + " ADD COLUMN IF NOT EXISTS " + quote(column) + " " + type.sql());
            }
        });
        return statements;
    }

    /**
     * Parameters: id, then the field columns in order, then write_date. A row that exists is
     * overwritten whole: the mirror always holds the last state Odoo sent.
     */
    public String upsertStatement() {
        List<String> columns = new ArrayList<>();
        columns.add("id");
        fieldColumns.keySet().stream().map(MirrorTable::quote).forEach(columns::add);
        columns.add(WRITE_DATE);
        String updates = columns.stream().skip(1).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + quote(name) + " (" + String.join(", ", columns) + ", " + SYNCED_AT + ") VALUES ("
                + "?, ".repeat(columns.size()) + "now()) ON CONFLICT (id) DO UPDATE SET " + updates + ", "
                + SYNCED_AT + " = EXCLUDED." + SYNCED_AT;
    }

    public String selectIdsStatement() {
        return "SELECT id FROM " + quote(name);
    }

    public String deleteStatement() {
        return "DELETE FROM " + quote(name) + " WHERE id = ANY (?)";
    }

    private static String identifier(String value, String what) {
        if (!IDENTIFIER.matcher(value).matches() || value.length() > MAX_IDENTIFIER_LENGTH) {
            throw new IllegalArgumentException("Not usable as a PostgreSQL " + what + " name: '" + value
                    + "' (lower-case letters, digits and _, at most " + MAX_IDENTIFIER_LENGTH + " characters)");
        }
        return value;
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
