package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.AuthorizationReader;
import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The Odoo behind the gateway and who may use it: the shared Odoo services (client, caches, reads
 * and writes), whether Odoo answers, the databases clients may choose, and how a request's
 * credentials become a caller.
 */
public final class OdooAccessConfiguration implements CamelConfiguration {

    @BindToRegistry("odooServices")
    public OdooServices odooServices(CamelContext context, OdooConnectionSettings connection, OdooCacheSettings caches, RestSettings rest) {
        return OdooServices.create(context, connection.url(), connection, caches, rest);
    }

    @BindToRegistry("odooStatus")
    public OdooStatus odooStatus(OdooServices odoo) {
        return new OdooStatus(odoo.channel());
    }

    @BindToRegistry("databases")
    public Databases databases(OdooConnectionSettings connection) {
        return connection.databases();
    }

    @BindToRegistry("sessionIds")
    public SessionIdReader sessionIds(RestSettings rest) {
        return new SessionIdReader(rest.sessionQueryParam());
    }

    @BindToRegistry("sessionCookie")
    public SessionCookie sessionCookie(RestSettings rest) {
        return new SessionCookie(rest.cookieSecure());
    }

    @BindToRegistry("callers")
    public CallerResolver callers(OdooServices odoo, Databases databases, SessionIdReader sessionIds) {
        return new CallerResolver(new AuthorizationReader(databases), sessionIds, odoo.sessions(), odoo.apiKeys());
    }
}
