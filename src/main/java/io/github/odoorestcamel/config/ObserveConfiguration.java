package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.ApiKeyLogins;
import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.observe.GatewayMetrics;
import io.github.odoorestcamel.observe.OdooReadinessCheck;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.observe.RequestScopePolicy;
import io.github.odoorestcamel.observe.RequestTraces;
import io.github.odoorestcamel.observe.UpstreamCallRecorder;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * Observability, bound first so every later piece can report to it: the trace of the request in
 * progress, the listener every call to Odoo reports to, and (once the Odoo services exist) the
 * cache meters and the Odoo readiness check.
 */
public final class ObserveConfiguration implements CamelConfiguration {

    @BindToRegistry("requestTraces")
    public RequestTraces requestTraces() {
        return new RequestTraces();
    }

    /** Found by every {@code OdooServices} of this context: the routes' and the {@code odoo:} component's. */
    @BindToRegistry("odooCallListener")
    public OdooCallListener odooCallListener(CamelContext context, RequestTraces traces) {
        return new UpstreamCallRecorder(meters(context), traces);
    }

    @Override
    public void configure(CamelContext context) {
        RequestScopePolicy requestScope = new RequestScopePolicy(context.getRegistry().findSingleByType(RequestTraces.class));
        context.addRoutePolicyFactory((camel, routeId, route) -> requestScope);
        OdooServices odoo = context.getRegistry().findSingleByType(OdooServices.class);
        GatewayMetrics metrics = new GatewayMetrics(meters(context));
        metrics.watchCache("sessions", odoo.sessions(), OdooSessions::cacheStats);
        metrics.watchCache("api-keys", odoo.apiKeyLogins(), ApiKeyLogins::cacheStats);
        metrics.watchCache("fields", odoo.catalog(), FieldsCatalog::cacheStats);
        context.getRegistry().bind("gatewayMetrics", metrics);
        HealthCheckRegistry healthChecks = HealthCheckRegistry.get(context);
        if (healthChecks != null) {
            // absent when camel.health.enabled=false
            healthChecks.register(new OdooReadinessCheck(context.getRegistry().findSingleByType(OdooStatus.class)));
        }
    }

    /** The registry camel-micrometer-prometheus serves (camel.metrics.enabled), else one that only counts. */
    static MeterRegistry meters(CamelContext context) {
        MeterRegistry meters = context.getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        return meters != null ? meters : new SimpleMeterRegistry();
    }
}
