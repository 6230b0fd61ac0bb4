package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Credentials;
import io.github.odoorestcamel.odoo.Caller;
import org.apache.camel.Exchange;

/**
 * The two steps that establish who is asking. First the credentials are read from the request —
 * an API key from {@code Authorization}, else a session id — with no call to Odoo, so that a
 * request without them, or a malformed one, is refused before any work. Then, once the request
 * itself has been checked, Odoo says whose they are; every later step acts as that caller.
 */
public final class Authentication {

    private static final String CREDENTIALS = "odoo.credentials";
    private static final String CALLER = "odoo.caller";

    private final CallerResolver callers;

    public Authentication(CallerResolver callers) {
        this.callers = callers;
    }

    public void readCredentials(Exchange exchange) {
        exchange.setProperty(CREDENTIALS, callers.credentials(ApiRequest.of(exchange)));
    }

    public void resolveCaller(Exchange exchange) {
        exchange.setProperty(CALLER, callers.resolve(exchange.getProperty(CREDENTIALS, Credentials.class)));
    }

    /** The caller the request acts as, once {@link #resolveCaller} has run. */
    static Caller caller(Exchange exchange) {
        return exchange.getProperty(CALLER, Caller.class);
    }
}
