package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.AuthorizationReader;
import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.component.odoo.OdooComponent;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.core.OdooSettings;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The Odoo behind the gateway and who may use it: the shared Odoo services (client, caches, reads
 * and writes), whether Odoo answers, the databases clients may choose, and how a request's
 * credentials become a caller. The {@code odoo:} component of the gateway gets its connection and
 * state folder from the gateway's settings, and finds the bound services for the gateway's URL, so
 * that its routes and the REST API share one client, one cache of each kind.
 */
public final class OdooAccessConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        ServiceAccountConnection account = BoundSettings.of(context, ServiceAccountConnection.class, ServiceAccountConnection::read);
        OdooComponent odoo = context.getComponent("odoo", OdooComponent.class);
        odoo.setUrl(account.url());
        odoo.setDatabase(account.database());
        odoo.setLogin(account.login());
        odoo.setApiKey(account.apiKey());
        odoo.setPassword(account.password());
        odoo.setStateDirectory(SettingsReader.of(context).optional("camel.component.odoo.state-directory")
                .orElseGet(() -> BoundSettings.of(context, StateDirectory.class, StateDirectory::read).folder().getPath()));
    }

    @BindToRegistry("odooServices")
    public OdooServices odooServices(CamelContext context, OdooSettings odoo) {
        return OdooServices.create(context, odoo);
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
