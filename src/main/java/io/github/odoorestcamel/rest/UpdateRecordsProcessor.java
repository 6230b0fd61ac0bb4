package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.write.WriteRequest;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * PUT /api/{model}/{id}/ (one record; 404 when missing) and PUT /api/{model}/ with a {@code filter}
 * (every matching record; {@code X-Affected-Count} says how many).
 */
public final class UpdateRecordsProcessor implements Processor {

    private final WriteService writes;
    private final CallerResolver callers;
    private final DomainFilter.Limits limits;

    public UpdateRecordsProcessor(WriteService writes, CallerResolver callers, DomainFilter.Limits limits) {
        this.writes = writes;
        this.callers = callers;
        this.limits = limits;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        String model = request.model();
        Integer id = request.segment(2) == null ? null : request.recordId();
        WriteRequest write = WriteRequest.of(request.bodyParams(), limits);
        Caller user = callers.resolve(credentials);
        if (id != null) {
            writes.update(user, model, id, write);
            JsonResponse.result(exchange, 200, BooleanNode.TRUE);
            return;
        }
        int affected = writes.updateWhere(user, model, write);
        JsonResponse.result(exchange, 200, BooleanNode.TRUE).setHeader("X-Affected-Count", affected);
    }
}
