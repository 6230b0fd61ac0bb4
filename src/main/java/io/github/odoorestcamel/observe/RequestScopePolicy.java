package io.github.odoorestcamel.observe;

import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Binds a request's trace (and its id in the logging context) to the worker thread for as long
 * as the route that took the request from the HTTP server runs; the routes it calls run on the
 * same thread, and so does every call to Odoo.
 */
public final class RequestScopePolicy extends RoutePolicySupport {

    private final RequestTraces traces;

    public RequestScopePolicy(RequestTraces traces) {
        this.traces = traces;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (receivedBy(route, exchange) && exchange.getIn() instanceof HttpMessage message) {
            traces.enter(message.getRequest());
        }
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        if (receivedBy(route, exchange)) {
            traces.leave();
        }
    }

    private static boolean receivedBy(Route route, Exchange exchange) {
        return route.getRouteId().equals(exchange.getFromRouteId());
    }
}
