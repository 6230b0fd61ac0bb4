package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import java.util.function.Function;

/**
 * The user routes act as when no REST caller drives them: an API key (JSON-2 on Odoo ≥ 19,
 * {@code /jsonrpc} before), or a password whose session is opened once and opened again when Odoo
 * has expired it. The secrets are only ever sent to Odoo.
 */
final class ServiceAccount {

    private final OdooServices odoo;
    private final String database;
    private final String login;
    private final String apiKey;
    private final String password;
    private volatile Caller caller;

    ServiceAccount(OdooServices odoo, String database, String login, String apiKey, String password) {
        this.odoo = odoo;
        this.database = database;
        this.login = login;
        this.apiKey = blankToNull(apiKey);
        this.password = blankToNull(password);
    }

    /** Runs the work as the service account; a session Odoo no longer knows is replaced once. */
    <T> T run(Function<Caller, T> work) {
        Caller current = caller();
        try {
            return work.apply(current);
        } catch (GatewayException e) {
            if (e.kind() != ErrorKind.UNAUTHENTICATED || current.transport() != Caller.Transport.SESSION) {
                throw e;
            }
            caller = null;
            return work.apply(caller());
        }
    }

    private Caller caller() {
        Caller known = caller;
        if (known == null) {
            known = logIn();
            caller = known;
        }
        return known;
    }

    private Caller logIn() {
        if (apiKey != null) {
            return odoo.apiKeys().resolve(database, blankToNull(login), apiKey);
        }
        if (password == null || login == null || login.isBlank()) {
            throw GatewayException.unauthenticated("The odoo component has no service account: set the options login and "
                    + "apiKey (or password), on the endpoint or as camel.component.odoo.login/api-key/password");
        }
        return odoo.sessions().resolve(odoo.sessions().authenticate(database, login, password).sessionCookie());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "ServiceAccount[db=" + database + ", login=" + login + ", " + (apiKey != null ? "api key" : "password") + "]";
    }
}
