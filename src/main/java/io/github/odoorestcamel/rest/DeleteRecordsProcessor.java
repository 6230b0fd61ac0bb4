package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * DELETE /api/{model}/{id}/ (404 when missing) and DELETE /api/{model}/?filter=… (required;
 * {@code X-Affected-Count} says how many were deleted). Both answer {@code {"result": true}}.
 */
public final class DeleteRecordsProcessor implements Processor {

    private final WriteService writes;
    private final CallerResolver callers;
    private final DomainFilter.Limits limits;

    public DeleteRecordsProcessor(WriteService writes, CallerResolver callers, DomainFilter.Limits limits) {
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
        if (id != null) {
            writes.delete(callers.resolve(credentials), model, id);
            JsonResponse.write(exchange, 200, Json.NODES.objectNode().put("result", true));
            return;
        }
        String filter = request.param("filter");
        if (filter == null || filter.isBlank()) {
            throw GatewayException.badRequest("`filter` is required to delete by filter (or use DELETE /api/{model}/{id}/)");
        }
        ArrayNode domain = DomainFilter.parse(filter, limits);
        var context = request.contextParam();
        Caller user = callers.resolve(credentials);
        int deleted = writes.deleteWhere(user, model, domain, context == null ? Json.NODES.objectNode() : context);
        JsonResponse.write(exchange, 200, Json.NODES.objectNode().put("result", true)).setHeader("X-Affected-Count", deleted);
    }
}
