package io.github.odoorestcamel.auth;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooVersion;
import io.github.odoorestcamel.odoo.ServerVersions;

/**
 * Turns an API key into a caller, by server version: JSON-2 on Odoo ≥ 19 (the key alone names the
 * user), {@code /jsonrpc} with the login's uid on Odoo 14–18 (which needs the login too).
 */
public final class ApiKeyCallers {

    private final ServerVersions versions;
    private final ApiKeyLogins logins;

    public ApiKeyCallers(ServerVersions versions, ApiKeyLogins logins) {
        this.versions = versions;
        this.logins = logins;
    }

    public Caller resolve(String db, String login, String apiKey) {
        OdooVersion version = versions.current();
        if (version.hasJson2()) {
            return Caller.json2(db, apiKey);
        }
        if (login == null) {
            throw GatewayException.unauthenticated("Odoo " + version.serie() + " has no JSON-2 API: a bearer API key needs "
                    + "the user's login too. Send Authorization: Basic base64(login:apikey), or add the header X-Odoo-Login");
        }
        return Caller.jsonRpc(db, login, logins.uid(db, login, apiKey), apiKey);
    }
}
