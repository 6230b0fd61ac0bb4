package io.github.odoorestcamel.auth;

/**
 * What a request presents to prove who it is: an Odoo session id, or an API key (with a login
 * when the client gave one, and the database it chose). {@link #toString()} hides the secrets.
 */
public record Credentials(String sessionId, String login, String apiKey, String db) {

    public static Credentials session(String sessionId) {
        return new Credentials(sessionId, null, null, null);
    }

    public static Credentials apiKey(String login, String apiKey, String db) {
        return new Credentials(null, login, apiKey, db);
    }

    public boolean isApiKey() {
        return apiKey != null;
    }

    @Override
    public String toString() {
        return isApiKey() ? "Credentials[api key, db=" + db + "]" : "Credentials[session]";
    }
}
