package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.write.MethodCall;
import org.apache.camel.Exchange;

/**
 * POST /object/{model}/{method} and /object/{model}/{id}/{method}: the call is checked (a private
 * method is refused here), then the public model method is called — bound to the record when the
 * path has an id — and its result passed on. On JSON-2 the record ids and kwargs go as named arguments.
 */
public final class MethodCalls {

    private static final String REQUEST = "odoo.call";

    private record Request(String model, MethodCall call) {
    }

    private final OdooClient odoo;

    public MethodCalls(OdooClient odoo) {
        this.odoo = odoo;
    }

    /** POST /object/{model}/{method}. */
    public void parse(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String model = request.model();
        exchange.setProperty(REQUEST, new Request(model, MethodCall.of(request.name("method", "method"), null, request.bodyParams())));
    }

    /** POST /object/{model}/{id}/{method}: the record's id goes first. */
    public void parseBound(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String model = request.model();
        int id = request.recordId();
        exchange.setProperty(REQUEST, new Request(model, MethodCall.of(request.name("method", "method"), id, request.bodyParams())));
    }

    public void call(Exchange exchange) {
        Request request = exchange.getProperty(REQUEST, Request.class);
        JsonResponse.result(exchange, 200, request.call().execute(odoo, Authentication.caller(exchange), request.model()));
    }
}
