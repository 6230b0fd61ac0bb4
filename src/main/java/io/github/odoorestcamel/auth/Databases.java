package io.github.odoorestcamel.auth;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import java.util.Set;

/** The databases clients may choose: the default one and the configured allowlist. */
public record Databases(String defaultDb, Set<String> allowed) {

    public String choose(String requested) {
        String db = requested == null || requested.isBlank() ? defaultDb : requested;
        if (db == null || db.isBlank()) {
            throw GatewayException.badRequest("`db` is required: no default database is configured");
        }
        if (!allowed.contains(db)) {
            throw new GatewayException(ErrorKind.ACCESS_ERROR, "AccessError", "Database '" + db + "' is not served by this gateway");
        }
        return db;
    }
}
