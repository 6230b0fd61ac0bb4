package io.github.odoorestcamel.auth;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import java.util.regex.Pattern;

/**
 * Finds the caller's Odoo session id, first match wins: header {@code X-Session-Id} or
 * {@code X-Openerp-Session-Id}, cookie {@code session_id}, then (when allowed) the
 * {@code session_id} query parameter. A value outside {@code [A-Za-z0-9_-]{16,128}} is refused
 * before it can reach a header sent to Odoo.
 */
public final class SessionIdReader {

    private static final Pattern SESSION_ID = Pattern.compile("^[A-Za-z0-9_-]{16,128}$");

    private final boolean queryParameterAllowed;

    public SessionIdReader(boolean queryParameterAllowed) {
        this.queryParameterAllowed = queryParameterAllowed;
    }

    public String read(CredentialSource request) {
        String id = firstPresent(request.header("X-Session-Id"), request.header("X-Openerp-Session-Id"),
                SessionCookie.fromCookieHeader(request.header("Cookie")),
                queryParameterAllowed ? request.param("session_id") : null);
        if (id == null) {
            throw GatewayException.unauthenticated("No session: log in with POST /auth/ and send the session id "
                    + "as the session_id cookie or the X-Session-Id header");
        }
        if (!SESSION_ID.matcher(id).matches()) {
            throw GatewayException.unauthenticated("Malformed session id");
        }
        return id;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
