package io.github.odoorestcamel.bundles.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The table {@code odoo_sync_state}: one row per change-feed consumer, holding the state its
 * watermark is restored from. It sits in the mirror's database so the rows of a batch and the
 * state after them commit in one transaction.
 */
public final class SyncStateTable {

    public static final String NAME = "odoo_sync_state";

    private SyncStateTable() {
    }

    public static String createStatement() {
        return "CREATE TABLE IF NOT EXISTS " + NAME
                + " (state_key text PRIMARY KEY, state text NOT NULL, updated_at timestamp with time zone NOT NULL DEFAULT now())";
    }

    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
        }
    }

    public static String read(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state FROM " + NAME + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Stores the state in the connection's current transaction. */
    public static void write(Connection connection, String key, String state) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + NAME + " (state_key, state) VALUES (?, ?) "
                + "ON CONFLICT (state_key) DO UPDATE SET state = EXCLUDED.state, updated_at = now()")) {
            upsert.setString(1, key);
            upsert.setString(2, state);
            upsert.executeUpdate();
        }
    }
}
