package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.odoo.OdooSessions;
import io.github.odoorestcamel.odoo.UserSession;

/** Who is calling: the session id from the request, and what Odoo says of it. */
public final class CallerResolver {

    private final SessionIdReader sessionIds;
    private final OdooSessions sessions;

    public CallerResolver(SessionIdReader sessionIds, OdooSessions sessions) {
        this.sessionIds = sessionIds;
        this.sessions = sessions;
    }

    /** The session id, checked for shape only: no call to Odoo. */
    public String sessionId(ApiRequest request) {
        return sessionIds.read(request);
    }

    public UserSession resolve(String sessionId) {
        return sessions.resolve(sessionId);
    }
}
