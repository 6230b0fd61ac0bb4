package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.http.JsonRpcReply;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * POST /auth/ and POST /web/session/authenticate/: logs in to Odoo with the body's login, password
 * and database and hands the session to the client as a cookie. {@code /auth/} also puts the
 * session id in the result, as the reference addon does.
 */
public final class LoginProcessor implements Processor {

    private final OdooSessions sessions;
    private final Databases databases;
    private final SessionCookie cookie;
    private final boolean sessionIdInResult;

    public LoginProcessor(OdooSessions sessions, Databases databases, SessionCookie cookie, boolean sessionIdInResult) {
        this.sessions = sessions;
        this.databases = databases;
        this.cookie = cookie;
        this.sessionIdInResult = sessionIdInResult;
    }

    @Override
    public void process(Exchange exchange) {
        ObjectNode params = ApiRequest.of(exchange).bodyParams();
        String login = text(params, "login");
        String password = text(params, "password");
        String db = databases.choose(params.hasNonNull("db") ? params.get("db").asText() : null);
        JsonRpcReply reply = sessions.authenticate(db, login, password);
        JsonNode result = reply.result().deepCopy();
        if (sessionIdInResult && result.isObject()) {
            ((ObjectNode) result).put("session_id", reply.sessionCookie());
        }
        JsonResponse.result(exchange, 200, result).setHeader("Set-Cookie", cookie.issue(reply.sessionCookie()));
    }

    private static String text(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw GatewayException.badRequest("`" + name + "` is required");
        }
        return value.asText();
    }
}
