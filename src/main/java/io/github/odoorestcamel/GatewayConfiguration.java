package io.github.odoorestcamel;

import io.github.odoorestcamel.odoo.JsonRpcChannel;
import io.github.odoorestcamel.odoo.OdooSessions;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.rest.AuthorizationReader;
import io.github.odoorestcamel.rest.CallMethodProcessor;
import io.github.odoorestcamel.rest.CallerResolver;
import io.github.odoorestcamel.rest.WriteRecordsProcessor;
import io.github.odoorestcamel.rest.Databases;
import io.github.odoorestcamel.rest.ErrorResponder;
import io.github.odoorestcamel.rest.GetFieldProcessor;
import io.github.odoorestcamel.rest.GetRecordProcessor;
import io.github.odoorestcamel.rest.HealthProcessor;
import io.github.odoorestcamel.rest.ListRecordsProcessor;
import io.github.odoorestcamel.rest.LoginProcessor;
import io.github.odoorestcamel.rest.LogoutProcessor;
import io.github.odoorestcamel.rest.RequestGuard;
import io.github.odoorestcamel.rest.SessionCookie;
import io.github.odoorestcamel.rest.SessionIdReader;
import io.github.odoorestcamel.server.GatewayVertx;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * Wires the gateway from its settings and binds the processors the YAML routes refer to by name.
 */
public final class GatewayConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        GatewaySettings settings = new GatewaySettings(context.getPropertiesComponent());
        OdooServices odoo = OdooServices.create(context, settings, settings.text("odoo.url"));
        JsonRpcChannel channel = odoo.channel();
        OdooSessions sessions = odoo.sessions();
        ReadSettings readSettings = odoo.readSettings();
        ReadService reads = odoo.reads();
        String defaultDb = settings.text("odoo.db");
        Set<String> allowed = new LinkedHashSet<>(settings.list("odoo.databases"));
        allowed.add(defaultDb);
        Databases databases = new Databases(defaultDb, allowed);
        SessionIdReader sessionIds = new SessionIdReader(settings.flag("odoo.rest.session-query-param"));
        CallerResolver callers = new CallerResolver(new AuthorizationReader(databases), sessionIds, sessions, odoo.apiKeys());
        SessionCookie cookie = new SessionCookie(settings.flag("odoo.rest.cookie-secure"));

        Registry registry = context.getRegistry();
        registry.bind("odooServices", odoo);
        io.vertx.core.Vertx vertx = GatewayVertx.create(settings.integer("http.max-request-line-bytes"),
                settings.integer("http.max-header-bytes"), settings.integer("http.worker-threads"));
        registry.bind("vertx", vertx);
        context.addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                vertx.close();
            }
        }, true);
        registry.bind("errorResponder", new ErrorResponder());
        registry.bind("health", new HealthProcessor(channel));
        registry.bind("requestGuard", new RequestGuard(settings.integer("http.max-query-string-bytes")));
        registry.bind("login", new LoginProcessor(sessions, databases, cookie, true));
        registry.bind("sessionAuthenticate", new LoginProcessor(sessions, databases, cookie, false));
        registry.bind("logout", new LogoutProcessor(sessionIds, sessions, cookie));
        registry.bind("listRecords", new ListRecordsProcessor(reads, callers, readSettings));
        registry.bind("getRecord", new GetRecordProcessor(reads, callers, readSettings));
        registry.bind("getField", new GetFieldProcessor(reads, callers));
        registry.bind("writeRecords", new WriteRecordsProcessor(odoo.writes(), callers, readSettings.domainLimits()));
        registry.bind("callMethod", new CallMethodProcessor(odoo.client(), callers));
    }
}
