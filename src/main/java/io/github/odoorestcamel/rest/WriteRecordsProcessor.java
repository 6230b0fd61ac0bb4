package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.write.WriteRequest;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The writes on /api, by HTTP method:
 * <ul>
 * <li>POST /api/{model}/ — create: 201, the new id as result, and its {@code Location};</li>
 * <li>PUT /api/{model}/{id}/ (404 when missing), or PUT /api/{model}/ with a {@code filter}
 * ({@code X-Affected-Count} says how many were written);</li>
 * <li>DELETE /api/{model}/{id}/ (404 when missing), or DELETE /api/{model}/?filter=… (required;
 * {@code X-Affected-Count}); both answer {@code {"result": true}}.</li>
 * </ul>
 * The request is read and checked before the caller is resolved, so a bad one never reaches Odoo.
 */
public final class WriteRecordsProcessor implements Processor {

    private final WriteService writes;
    private final CallerResolver callers;
    private final DomainFilter.Limits limits;

    public WriteRecordsProcessor(WriteService writes, CallerResolver callers, DomainFilter.Limits limits) {
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
        String method = exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class);
        switch (method) {
            case "POST" -> create(exchange, request, credentials, model);
            case "PUT" -> update(exchange, request, credentials, model, id);
            case "DELETE" -> delete(exchange, request, credentials, model, id);
            default -> throw new GatewayException(ErrorKind.METHOD_NOT_ALLOWED,
                    "MethodNotAllowed", "Method " + method + " is not allowed here");
        }
    }

    private void create(Exchange exchange, ApiRequest request, Credentials credentials, String model) {
        WriteRequest write = WriteRequest.of(request.bodyParams(), limits);
        long id = writes.create(callers.resolve(credentials), model, write);
        JsonResponse.result(exchange, 201, Json.NODES.numberNode(id)).setHeader("Location", "/api/" + model + "/" + id);
    }

    private void update(Exchange exchange, ApiRequest request, Credentials credentials, String model, Integer id) {
        WriteRequest write = WriteRequest.of(request.bodyParams(), limits);
        Caller caller = callers.resolve(credentials);
        if (id != null) {
            writes.update(caller, model, id, write);
            JsonResponse.result(exchange, 200, BooleanNode.TRUE);
            return;
        }
        int affected = writes.updateWhere(caller, model, write);
        JsonResponse.result(exchange, 200, BooleanNode.TRUE).setHeader("X-Affected-Count", affected);
    }

    private void delete(Exchange exchange, ApiRequest request, Credentials credentials, String model, Integer id) {
        ObjectNode done = Json.NODES.objectNode().put("result", true);
        if (id != null) {
            writes.delete(callers.resolve(credentials), model, id);
            JsonResponse.write(exchange, 200, done);
            return;
        }
        String filter = request.param("filter");
        if (filter == null || filter.isBlank()) {
            throw GatewayException.badRequest("`filter` is required to delete by filter (or use DELETE /api/{model}/{id}/)");
        }
        var domain = DomainFilter.parse(filter, limits);
        ObjectNode context = request.contextParam();
        int deleted = writes.deleteWhere(callers.resolve(credentials), model, domain, context == null ? Json.NODES.objectNode() : context);
        JsonResponse.write(exchange, 200, done).setHeader("X-Affected-Count", deleted);
    }
}
