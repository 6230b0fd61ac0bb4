package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.write.MethodCall;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * POST /object/{model}/{method} and /object/{model}/{id}/{method}: calls a public model method
 * (bound to the record when an id is given) and passes its result on. On JSON-2 the record ids
 * and kwargs are sent as named arguments.
 */
public final class CallMethodProcessor implements Processor {

    private final OdooClient odoo;
    private final CallerResolver callers;

    public CallMethodProcessor(OdooClient odoo, CallerResolver callers) {
        this.odoo = odoo;
        this.callers = callers;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        String model = request.model();
        boolean bound = request.segment(3) != null;
        Integer id = bound ? request.recordId() : null;
        MethodCall call = MethodCall.of(request.segment(bound ? 3 : 2), id, request.bodyParams());
        JsonResponse.result(exchange, 200, call.execute(odoo, callers.resolve(credentials), model));
    }
}
