package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** POST /web/session/destroy/: ends the Odoo session and clears the client's cookie. */
public final class LogoutProcessor implements Processor {

    private final SessionIdReader sessionIds;
    private final OdooSessions sessions;
    private final SessionCookie cookie;

    public LogoutProcessor(SessionIdReader sessionIds, OdooSessions sessions, SessionCookie cookie) {
        this.sessionIds = sessionIds;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public void process(Exchange exchange) {
        String sessionId = sessionIds.read(ApiRequest.of(exchange));
        JsonResponse.result(exchange, 200, sessions.destroy(sessionId).result()).setHeader("Set-Cookie", cookie.clear());
    }
}
