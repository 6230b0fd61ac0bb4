package io.github.odoorestcamel.bundles.mirror;

/** The PostgreSQL column type that holds the values of one kind of Odoo field. */
public enum ColumnType {
    TEXT("text"),
    BIGINT("bigint"),
    DOUBLE("double precision"),
    BOOLEAN("boolean"),
    DATE("date"),
    TIMESTAMP("timestamp"),
    BIGINT_ARRAY("bigint[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /**
     * The column type for an Odoo field type. Types without a closer match (reference, json,
     * properties, binary) are kept as text: their value as Odoo renders it, lists and objects as JSON.
     */
    public static ColumnType forField(String odooType) {
        return switch (odooType) {
            case "integer", "many2one", "many2one_reference" -> BIGINT;
            case "float", "monetary" -> DOUBLE;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "datetime" -> TIMESTAMP;
            case "one2many", "many2many" -> BIGINT_ARRAY;
            default -> TEXT;
        };
    }
}
