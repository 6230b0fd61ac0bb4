package io.github.odoorestcamel.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Puts handlers in front of every route of the API port, in the given order, before any route
 * of the API (and before Vert.x's own answers for unknown paths) sees a request.
 */
public final class FrontHandlers extends ServiceSupport {

    private final CamelContext context;
    private final int port;
    private final List<Handler<RoutingContext>> handlers;

    public FrontHandlers(CamelContext context, int port, List<Handler<RoutingContext>> handlers) {
        this.context = context;
        this.port = port;
        this.handlers = List.copyOf(handlers);
    }

    @Override
    protected void doStart() {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            throw new IllegalStateException("No HTTP server on port " + port + " to put the request handlers in front of");
        }
        int order = Integer.MIN_VALUE;
        for (Handler<RoutingContext> handler : handlers) {
            router.route().order(order++).handler(handler);
        }
    }
}
