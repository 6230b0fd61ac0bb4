package io.github.odoorestcamel.config;

import io.github.odoorestcamel.cors.CorsHandler;
import io.github.odoorestcamel.cors.CorsPolicy;
import io.github.odoorestcamel.observe.RequestObserver;
import io.github.odoorestcamel.observe.RequestTraces;
import io.github.odoorestcamel.server.FrontHandlers;
import io.github.odoorestcamel.server.GatewayVertx;
import io.github.odoorestcamel.server.ServerLimits;
import io.github.odoorestcamel.server.ShutdownNotice;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The embedded HTTP server the REST API listens on: its limits and timeouts, the drain on
 * shutdown, and the handlers in front of every route (request ids and metrics, CORS).
 */
public final class ServerConfiguration implements CamelConfiguration {

    @PropertyInject("http.port")
    private int port;
    @PropertyInject("http.max-request-line-bytes")
    private int maxRequestLineBytes;
    @PropertyInject("http.max-header-bytes")
    private int maxHeaderBytes;
    @PropertyInject("http.worker-threads")
    private int workerThreads;
    @PropertyInject("http.max-body-bytes")
    private long maxBodyBytes;
    @PropertyInject("http.max-body-memory-bytes")
    private long maxBodyMemoryBytes;
    @PropertyInject("http.max-connections")
    private int maxConnections;
    @PropertyInject("http.idle-timeout")
    private long idleTimeoutSeconds;
    @PropertyInject("http.request-header-timeout")
    private long requestHeaderTimeoutSeconds;
    @PropertyInject("http.retry-after")
    private long retryAfterSeconds;
    @PropertyInject("odoo.http.timeout-ms")
    private long upstreamTimeoutMs;
    @PropertyInject("http.cors.allowed-origins")
    private String corsOrigins;
    @PropertyInject("http.cors.allowed-methods")
    private String corsMethods;
    @PropertyInject("http.cors.allowed-headers")
    private String corsHeaders;
    @PropertyInject("http.cors.exposed-headers")
    private String corsExposedHeaders;
    @PropertyInject("http.cors.max-age")
    private long corsMaxAge;

    @Override
    public void configure(CamelContext context) throws Exception {
        GatewayVertx server = GatewayVertx.create(limits(), () -> context.getRegistry().findByType(VertxPlatformHttpRouter.class));
        Vertx vertx = server.vertx();
        context.getRegistry().bind("vertx", vertx);
        context.getManagementStrategy().addEventNotifier(new ShutdownNotice(server));
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                vertx.close();
            }
        }, true);
        CorsPolicy cors = new CorsPolicy(list(corsOrigins), list(corsMethods), list(corsHeaders), list(corsExposedHeaders), corsMaxAge);
        RequestObserver observer = new RequestObserver(context.getRegistry().findSingleByType(RequestTraces.class),
                ObserveConfiguration.meters(context));
        context.addService(new FrontHandlers(context, port, List.of(observer, new CorsHandler(cors))), true);
    }

    /** The HTTP server's limits; a client must not be cut off while it waits for a slow Odoo's 504. */
    private ServerLimits limits() {
        if (idleTimeoutSeconds * 1000 <= upstreamTimeoutMs) {
            throw new IllegalArgumentException("http.idle-timeout (" + idleTimeoutSeconds + " s) must be longer than odoo.http.timeout-ms ("
                    + upstreamTimeoutMs + " ms), else a client waiting for a slow Odoo is disconnected before its 504");
        }
        return new ServerLimits(maxRequestLineBytes, maxHeaderBytes, workerThreads, maxBodyBytes, maxBodyMemoryBytes, maxConnections,
                Duration.ofSeconds(idleTimeoutSeconds), Duration.ofSeconds(requestHeaderTimeoutSeconds), Duration.ofSeconds(retryAfterSeconds));
    }

    /** A comma-separated setting; empty entries are dropped. */
    private static Set<String> list(String value) {
        return new LinkedHashSet<>(CommaSeparated.split(value));
    }
}
