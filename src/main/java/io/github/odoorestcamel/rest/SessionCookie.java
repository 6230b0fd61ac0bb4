package io.github.odoorestcamel.rest;

/** The {@code Set-Cookie} value the gateway gives clients for their Odoo session. */
public record SessionCookie(boolean secure) {

    private static final int WEEK_SECONDS = 604800;

    public String issue(String sessionId) {
        return "session_id=" + sessionId + "; Max-Age=" + WEEK_SECONDS + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    public String clear() {
        return "session_id=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
