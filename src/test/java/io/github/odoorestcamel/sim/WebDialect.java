package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * The web client's JSON-RPC: /web/webclient/version_info, /web/session/* (authenticate, session
 * info, destroy) and /web/dataset/call_kw, authenticated by the session cookie (transcripts 01–05, 60–96).
 */
final class WebDialect {

    private final SimInstance instance;
    private final SimAccounts accounts;
    private final SimExecutor executor;

    WebDialect(SimInstance instance, SimAccounts accounts, SimExecutor executor) {
        this.instance = instance;
        this.accounts = accounts;
        this.executor = executor;
    }

    /** The result of the call (null for none), or an {@link OdooFault}. */
    JsonNode call(HttpExchange exchange, String path, JsonNode params) {
        String session = sessionId(exchange.getRequestHeaders().getFirst("Cookie"));
        switch (path) {
            case "/web/webclient/version_info":
                return instance.versionInfo();
            case "/web/session/authenticate":
                return authenticate(exchange, params);
            case "/web/session/get_session_info":
                return instance.sessionInfo(accounts.uidOfSession(session));
            case "/web/session/destroy":
                accounts.endSession(session);
                exchange.getResponseHeaders().add("Set-Cookie", "session_id=" + accounts.newToken() + "; Max-Age=604800; HttpOnly; Path=/");
                return null;
            default:
                if (path.startsWith("/web/dataset/call_kw")) {
                    JsonNode args = params.path("args");
                    return executor.call(accounts.uidOfSession(session), params.path("model").asText(), params.path("method").asText(),
                            args.isArray() ? (ArrayNode) args.deepCopy() : SimResponses.NODES.arrayNode(), params.path("kwargs"));
                }
                throw OdooFault.of("werkzeug.exceptions.NotFound", "404 Not Found: " + path);
        }
    }

    private JsonNode authenticate(HttpExchange exchange, JsonNode params) {
        if (!instance.database().equals(params.path("db").asText())) {
            throw OdooFault.accessError("Database not found.");
        }
        String login = params.path("login").asText();
        String id = accounts.logIn(login, params.path("password").asText());
        exchange.getResponseHeaders().add("Set-Cookie", "session_id=" + id
                + "; Expires=Sat, 27 Nov 2027 01:50:07 GMT; Max-Age=604800; HttpOnly; Path=/");
        return instance.sessionInfo(SimAccounts.UIDS.get(login));
    }

    /** The simulator reads the cookie on its own, so that a mistake in the gateway's cookie handling cannot hide here. */
    private static String sessionId(String cookie) {
        if (cookie == null) {
            return null;
        }
        for (String part : cookie.split(";")) {
            String trimmed = part.strip();
            if (trimmed.startsWith("session_id=")) {
                return trimmed.substring("session_id=".length());
            }
        }
        return null;
    }
}
