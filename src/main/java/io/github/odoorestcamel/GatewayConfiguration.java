package io.github.odoorestcamel;

import io.github.odoorestcamel.odoo.ApiKeyCallers;
import io.github.odoorestcamel.odoo.ApiKeyLogins;
import io.github.odoorestcamel.odoo.Json2Transport;
import io.github.odoorestcamel.odoo.JsonRpcChannel;
import io.github.odoorestcamel.odoo.JsonRpcTransport;
import io.github.odoorestcamel.odoo.TransportRouter;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.OdooHttp;
import io.github.odoorestcamel.odoo.OdooHttpSettings;
import io.github.odoorestcamel.odoo.OdooSessions;
import io.github.odoorestcamel.odoo.ServerVersions;
import io.github.odoorestcamel.odoo.SessionTransport;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.read.RecordShaper;
import io.github.odoorestcamel.rest.AuthorizationReader;
import io.github.odoorestcamel.rest.CallMethodProcessor;
import io.github.odoorestcamel.rest.CallerResolver;
import io.github.odoorestcamel.rest.WriteRecordsProcessor;
import io.github.odoorestcamel.write.WriteService;
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
import io.github.odoorestcamel.schema.FieldsCatalog;
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
        String odooUrl = settings.text("odoo.url");
        OdooHttp http = new OdooHttp(new OdooHttpSettings(odooUrl, settings.millis("odoo.http.connect-timeout-ms"),
                settings.millis("odoo.http.timeout-ms"), settings.integer("odoo.http.max-connections"),
                settings.seconds("odoo.http.idle-timeout"), settings.number("odoo.http.max-response-bytes")));
        JsonRpcChannel channel = new JsonRpcChannel(http);
        OdooClient odoo = new TransportRouter(new SessionTransport(channel), new JsonRpcTransport(channel), new Json2Transport(http));
        OdooSessions sessions = new OdooSessions(channel, settings.seconds("odoo.session.cache-ttl"),
                settings.number("odoo.session.cache-size"));
        ServerVersions versions = new ServerVersions(channel, odooUrl, settings.seconds("odoo.version.cache-ttl"));
        FieldsCatalog catalog = new FieldsCatalog(odoo, odooUrl, settings.seconds("odoo.schema.cache-ttl"),
                settings.number("odoo.schema.cache-size"));
        ReadSettings readSettings = new ReadSettings(settings.integer("odoo.rest.max-page-size"),
                settings.integer("odoo.rest.max-rows"),
                new QueryLimits(settings.integer("odoo.rest.query.max-length"), settings.integer("odoo.rest.query.max-depth"),
                        settings.integer("odoo.rest.query.max-fields")),
                new DomainFilter.Limits(settings.integer("odoo.rest.filter.max-length"),
                        settings.integer("odoo.rest.filter.max-terms"), settings.integer("odoo.rest.filter.max-value-length")));
        ReadService reads = new ReadService(odoo, catalog, versions,
                new RecordShaper(DateTimeStyle.of(settings.text("odoo.rest.datetime-format"))), readSettings);
        String defaultDb = settings.text("odoo.db");
        Set<String> allowed = new LinkedHashSet<>(settings.list("odoo.databases"));
        allowed.add(defaultDb);
        Databases databases = new Databases(defaultDb, allowed);
        SessionIdReader sessionIds = new SessionIdReader(settings.flag("odoo.rest.session-query-param"));
        ApiKeyLogins logins = new ApiKeyLogins(channel, settings.seconds("odoo.apikey.cache-ttl"), settings.number("odoo.apikey.cache-size"));
        CallerResolver callers = new CallerResolver(new AuthorizationReader(databases), sessionIds, sessions,
                new ApiKeyCallers(versions, logins));
        SessionCookie cookie = new SessionCookie(settings.flag("odoo.rest.cookie-secure"));

        Registry registry = context.getRegistry();
        io.vertx.core.Vertx vertx = GatewayVertx.create(settings.integer("http.max-request-line-bytes"),
                settings.integer("http.max-header-bytes"), settings.integer("http.worker-threads"));
        registry.bind("vertx", vertx);
        context.addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                vertx.close();
                http.close();
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
        WriteService writes = new WriteService(odoo, catalog);
        registry.bind("writeRecords", new WriteRecordsProcessor(writes, callers, readSettings.domainLimits()));
        registry.bind("callMethod", new CallMethodProcessor(odoo, callers));
    }
}
