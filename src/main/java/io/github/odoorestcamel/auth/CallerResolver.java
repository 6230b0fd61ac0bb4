package io.github.odoorestcamel.auth;

import io.github.odoorestcamel.odoo.Caller;

/**
 * Who is calling. Credentials are read first (no call to Odoo: an API key from
 * {@code Authorization}, else a session id), so that a bad request can be refused before Odoo is
 * asked anything; then Odoo says whose they are.
 */
public final class CallerResolver {

    private final AuthorizationReader apiKeys;
    private final SessionIdReader sessionIds;
    private final OdooSessions sessions;
    private final ApiKeyCallers apiKeyCallers;

    public CallerResolver(AuthorizationReader apiKeys, SessionIdReader sessionIds, OdooSessions sessions,
                          ApiKeyCallers apiKeyCallers) {
        this.apiKeys = apiKeys;
        this.sessionIds = sessionIds;
        this.sessions = sessions;
        this.apiKeyCallers = apiKeyCallers;
    }

    public Credentials credentials(CredentialSource request) {
        Credentials key = apiKeys.read(request);
        return key != null ? key : Credentials.session(sessionIds.read(request));
    }

    public Caller resolve(Credentials credentials) {
        return credentials.isApiKey()
                ? apiKeyCallers.resolve(credentials.db(), credentials.login(), credentials.apiKey())
                : sessions.resolve(credentials.sessionId());
    }
}
