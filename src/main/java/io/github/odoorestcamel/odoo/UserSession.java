package io.github.odoorestcamel.odoo;

/**
 * The caller as Odoo knows them: the session id to send back to Odoo, and what Odoo said of it
 * (database, user id, language). {@link #toString()} never shows the session id.
 */
public record UserSession(String sessionId, String db, int uid, String lang) {

    @Override
    public String toString() {
        return "UserSession[db=" + db + ", uid=" + uid + ", lang=" + lang + "]";
    }
}
