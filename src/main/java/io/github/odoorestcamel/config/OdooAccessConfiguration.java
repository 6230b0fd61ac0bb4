package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.AuthorizationReader;
import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The Odoo behind the gateway and who may use it: the shared Odoo services (client, caches, reads
 * and writes), whether Odoo answers, the databases clients may choose, and how a request's
 * credentials become a caller.
 */
public final class OdooAccessConfiguration implements CamelConfiguration {

    @BindToRegistry("odooServices")
    public OdooServices odooServices(CamelContext context, @PropertyInject("odoo.url") String url) {
        return OdooServices.create(context, new GatewaySettings(context.getPropertiesComponent()), url);
    }

    @BindToRegistry("odooStatus")
    public OdooStatus odooStatus(OdooServices odoo) {
        return new OdooStatus(odoo.channel());
    }

    /** {@code odoo.db} and the databases of {@code odoo.databases}. */
    @BindToRegistry("databases")
    public Databases databases(@PropertyInject("odoo.db") String defaultDb, @PropertyInject("odoo.databases") String others) {
        Set<String> allowed = new LinkedHashSet<>(CommaSeparated.split(others));
        allowed.add(defaultDb.strip());
        return new Databases(defaultDb.strip(), allowed);
    }

    @BindToRegistry("sessionIds")
    public SessionIdReader sessionIds(@PropertyInject("odoo.rest.session-query-param") boolean queryParameterAllowed) {
        return new SessionIdReader(queryParameterAllowed);
    }

    @BindToRegistry("sessionCookie")
    public SessionCookie sessionCookie(@PropertyInject("odoo.rest.cookie-secure") boolean secure) {
        return new SessionCookie(secure);
    }

    @BindToRegistry("callers")
    public CallerResolver callers(OdooServices odoo, Databases databases, SessionIdReader sessionIds) {
        return new CallerResolver(new AuthorizationReader(databases), sessionIds, odoo.sessions(), odoo.apiKeys());
    }
}
