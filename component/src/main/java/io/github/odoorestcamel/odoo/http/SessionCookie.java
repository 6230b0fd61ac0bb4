package io.github.odoorestcamel.odoo.http;

import java.util.List;

/**
 * Odoo's {@code session_id} cookie, the one place that reads and writes it: taken from Odoo's
 * {@code Set-Cookie} after a login, sent to Odoo in {@code Cookie}, read from a client's
 * {@code Cookie} header, and given to clients ({@link #issue}) or taken back ({@link #clear}).
 */
public record SessionCookie(boolean secure) {

    private static final String NAME = "session_id";
    private static final int WEEK_SECONDS = 604800;

    /** The {@code Set-Cookie} value that hands a session to a client. */
    public String issue(String sessionId) {
        return NAME + "=" + sessionId + "; Max-Age=" + WEEK_SECONDS + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that removes the client's session cookie. */
    public String clear() {
        return NAME + "=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** The {@code Cookie} header that presents a session to Odoo. */
    public static String toOdoo(String sessionId) {
        return NAME + "=" + sessionId;
    }

    /** The session in Odoo's {@code Set-Cookie} header(s) (one value or a list), or null. */
    public static String fromOdoo(Object setCookie) {
        if (setCookie == null) {
            return null;
        }
        for (Object value : setCookie instanceof List<?> list ? list : List.of(setCookie)) {
            String id = fromCookieHeader(String.valueOf(value));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The session in a {@code Cookie} header ({@code a=1; session_id=…}), or null. */
    public static String fromCookieHeader(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String trimmed = part.strip();
            if (trimmed.startsWith(NAME + "=")) {
                return trimmed.substring(NAME.length() + 1);
            }
        }
        return null;
    }
}
