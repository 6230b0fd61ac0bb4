package io.github.odoorestcamel.cors;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the {@link CorsPolicy} on the API port: answers the preflight of an allowed origin
 * itself (204, no call to Odoo, no route involved) and adds the CORS headers to every other
 * answer, errors included. A preflight from another origin goes on as any OPTIONS request
 * (a 405). Caches are told that answers vary by {@code Origin}.
 */
public final class CorsHandler implements Handler<RoutingContext> {

    private final CorsPolicy policy;

    public CorsHandler(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void handle(RoutingContext context) {
        if (!policy.enabled()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (request.method() == HttpMethod.OPTIONS && policy.allows(origin)
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            policy.forPreflight(origin).forEach(response::putHeader);
            response.putHeader(HttpHeaders.VARY, "Origin").setStatusCode(204).end();
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            policy.forRequest(origin).forEach(response::putHeader);
            response.headers().add(HttpHeaders.VARY, "Origin");
        });
        context.next();
    }
}
