package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.ApiKeyLogins;
import io.github.odoorestcamel.auth.AuthorizationReader;
import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.cors.CorsHandler;
import io.github.odoorestcamel.cors.CorsPolicy;
import io.github.odoorestcamel.observe.GatewayMetrics;
import io.github.odoorestcamel.observe.OdooReadinessCheck;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.observe.RequestObserver;
import io.github.odoorestcamel.observe.RequestScopePolicy;
import io.github.odoorestcamel.observe.RequestTraces;
import io.github.odoorestcamel.observe.UpstreamCallRecorder;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import io.github.odoorestcamel.openapi.OpenApiDocument;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.rest.Authentication;
import io.github.odoorestcamel.rest.DocsProcessor;
import io.github.odoorestcamel.rest.ErrorResponder;
import io.github.odoorestcamel.rest.GetField;
import io.github.odoorestcamel.rest.GetRecord;
import io.github.odoorestcamel.rest.HealthProcessor;
import io.github.odoorestcamel.rest.ListRecords;
import io.github.odoorestcamel.rest.LoginProcessor;
import io.github.odoorestcamel.rest.LogoutProcessor;
import io.github.odoorestcamel.rest.MethodCalls;
import io.github.odoorestcamel.rest.OpenApiProcessor;
import io.github.odoorestcamel.rest.RecordWrites;
import io.github.odoorestcamel.rest.RequestGuard;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.server.FrontHandlers;
import io.github.odoorestcamel.server.GatewayVertx;
import io.github.odoorestcamel.server.ServerLimits;
import io.github.odoorestcamel.server.ShutdownNotice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Registry;

/**
 * Wires the gateway from its settings and binds the processors the YAML routes refer to by name.
 */
public final class GatewayConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        GatewaySettings settings = new GatewaySettings(context.getPropertiesComponent());
        Registry registry = context.getRegistry();
        // camel-micrometer-prometheus (camel.metrics.enabled) has made the registry it serves by now
        MeterRegistry meters = registry.lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        if (meters == null) {
            meters = new SimpleMeterRegistry();
        }
        RequestTraces traces = new RequestTraces();
        // found by every OdooServices of this context (the routes' and the odoo: component's)
        registry.bind("odooCallListener", OdooCallListener.class, new UpstreamCallRecorder(meters, traces));
        RequestScopePolicy requestScope = new RequestScopePolicy(traces);
        context.addRoutePolicyFactory((camel, routeId, route) -> requestScope);
        OdooServices odoo = OdooServices.create(context, settings, settings.text("odoo.url"));
        registry.bind("odooServices", odoo);
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

        GatewayVertx server = GatewayVertx.create(serverLimits(settings),
                () -> context.getRegistry().findByType(VertxPlatformHttpRouter.class));
        io.vertx.core.Vertx vertx = server.vertx();
        registry.bind("vertx", vertx);
        context.getManagementStrategy().addEventNotifier(new ShutdownNotice(server));
        context.addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                vertx.close();
            }
        }, true);
        registry.bind("errorResponder", new ErrorResponder());
        OdooStatus odooStatus = new OdooStatus(channel);
        registry.bind("health", new HealthProcessor(odooStatus));
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            // absent when camel.health.enabled=false
            healthChecks.register(new OdooReadinessCheck(odooStatus));
        }
        GatewayMetrics metrics = new GatewayMetrics(meters);
        metrics.watchCache("sessions", sessions, OdooSessions::cacheStats);
        metrics.watchCache("api-keys", odoo.apiKeyLogins(), ApiKeyLogins::cacheStats);
        metrics.watchCache("fields", odoo.catalog(), FieldsCatalog::cacheStats);
        registry.bind("gatewayMetrics", metrics);
        CorsPolicy cors = new CorsPolicy(settings.list("http.cors.allowed-origins"), settings.list("http.cors.allowed-methods"),
                settings.list("http.cors.allowed-headers"), settings.list("http.cors.exposed-headers"),
                settings.number("http.cors.max-age"));
        context.addService(new FrontHandlers(context, settings.integer("http.port"),
                List.of(new RequestObserver(traces, meters), new CorsHandler(cors))), true);
        registry.bind("requestGuard", new RequestGuard(settings.integer("http.max-query-string-bytes")));
        registry.bind("login", new LoginProcessor(sessions, databases, cookie, true));
        registry.bind("sessionAuthenticate", new LoginProcessor(sessions, databases, cookie, false));
        registry.bind("logout", new LogoutProcessor(sessionIds, sessions, cookie));
        registry.bind("authentication", new Authentication(callers));
        registry.bind("listRecords", new ListRecords(reads, readSettings));
        registry.bind("getRecord", new GetRecord(reads, readSettings));
        registry.bind("getField", new GetField(reads));
        registry.bind("recordWrites", new RecordWrites(odoo.writes(), readSettings.domainLimits()));
        registry.bind("methodCalls", new MethodCalls(odoo.client()));
        registry.bind("openApi", new OpenApiProcessor(new OpenApiDocument(odoo.client()), callers, settings.integer("odoo.rest.openapi.max-models")));
        registry.bind("docs", new DocsProcessor());
    }

    /** The HTTP server's limits; a client must not be cut off while it waits for a slow Odoo's 504. */
    private static ServerLimits serverLimits(GatewaySettings settings) {
        ServerLimits limits = new ServerLimits(settings.integer("http.max-request-line-bytes"), settings.integer("http.max-header-bytes"),
                settings.integer("http.worker-threads"), settings.number("http.max-body-bytes"),
                settings.number("http.max-body-memory-bytes"), settings.integer("http.max-connections"),
                settings.seconds("http.idle-timeout"), settings.seconds("http.request-header-timeout"),
                settings.seconds("http.retry-after"));
        long upstreamTimeoutMs = settings.number("odoo.http.timeout-ms");
        if (limits.idleTimeout().toMillis() <= upstreamTimeoutMs) {
            throw new IllegalArgumentException("http.idle-timeout (" + limits.idleTimeout().toSeconds()
                    + " s) must be longer than odoo.http.timeout-ms (" + upstreamTimeoutMs
                    + " ms), else a client waiting for a slow Odoo is disconnected before its 504");
        }
        return limits;
    }
}
