package io.github.odoorestcamel.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The first handler of every request on the API port: gives it its request id (sent back in
 * {@code X-Request-Id} on every answer, also those the HTTP server makes itself), opens its trace
 * for the route that serves it, and when the answer has left writes one access-log line (method,
 * path without the query string, status, duration, calls to Odoo) and records
 * {@code gateway.http.requests} by route, method and status. The gateway's own requests while it
 * warms up ({@link OwnConnections}) are served alike but neither logged nor counted.
 */
public final class RequestObserver implements Handler<RoutingContext> {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.github.odoorestcamel.access");

    /** Route patterns as the metrics name them, by Vert.x's path of the route. */
    private static final ConcurrentMap<String, String> ROUTE_NAMES = new ConcurrentHashMap<>();

    private final RequestTraces traces;
    private final OwnConnections own;
    private final TimerFamily requests;

    public RequestObserver(RequestTraces traces, OwnConnections own, MeterRegistry registry) {
        this.traces = traces;
        this.own = own;
        this.requests = new TimerFamily(registry, "gateway.http.requests", "Requests to the API port, by route, method and status",
                "route", "method", "status");
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        RequestTrace trace = new RequestTrace(RequestId.of(request.getHeader(RequestId.HEADER)), System.nanoTime());
        // the routes read the id from the request: only the sane or generated one reaches them
        request.headers().set(RequestId.HEADER, trace.id());
        traces.opened(request, trace);
        context.addHeadersEndHandler(ignored -> context.response().putHeader(RequestId.HEADER, trace.id()));
        boolean counted = !own.isOwn(request.connection().remoteAddress());
        context.addEndHandler(result -> {
            traces.closed(request);
            if (counted) {
                finished(context, trace, result.succeeded());
            }
        });
        context.next();
    }

    private void finished(RoutingContext context, RequestTrace trace, boolean answered) {
        long nanos = System.nanoTime() - trace.startNanos();
        String method = context.request().method().name();
        int status = context.response().getStatusCode();
        requests.with(routeOf(context.currentRoute()), method, answered ? String.valueOf(status) : "aborted")
                .record(nanos, TimeUnit.NANOSECONDS);
        MDC.put(RequestTraces.MDC_KEY, trace.id());
        try {
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info("{} {} {} {} ms, {} Odoo call(s){}", method, context.request().path(), status, tenths(nanos),
                        trace.upstreamCalls(), answered ? "" : ", connection closed early");
            }
        } finally {
            MDC.remove(RequestTraces.MDC_KEY);
        }
    }

    /** The path pattern of the route that answered ({@code /api/{model}/{id}}), or none. */
    static String routeOf(Route route) {
        String path = route == null ? null : route.getPath();
        return path == null ? "none" : ROUTE_NAMES.computeIfAbsent(path, p -> p.replaceAll(":([A-Za-z0-9_]+)", "{$1}"));
    }

    /** Milliseconds to one decimal ({@code 12.3}), without a formatter. */
    static String tenths(long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }
}
