package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.write.WriteRequest;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.Exchange;

/**
 * The writes on /api. Each route parses its request whole (no call to Odoo yet), then changes Odoo:
 * <ul>
 * <li>POST /api/{model}/ — create: 201, the new id as result, and its {@code Location};</li>
 * <li>PUT /api/{model}/{id}/ (404 when missing), or PUT /api/{model}/ with a {@code filter}
 * ({@code X-Affected-Count} says how many were written);</li>
 * <li>DELETE /api/{model}/{id}/ (404 when missing), or DELETE /api/{model}/?filter=… (required;
 * {@code X-Affected-Count}); both answer {@code {"result": true}}.</li>
 * </ul>
 */
public final class RecordWrites {

    private static final String REQUEST = "odoo.write";

    private record Request(String model, Integer id, WriteRequest write, ArrayNode filter, ObjectNode context) {
    }

    private final WriteService writes;
    private final DomainFilter.Limits limits;

    public RecordWrites(WriteService writes, DomainFilter.Limits limits) {
        this.writes = writes;
        this.limits = limits;
    }

    public void parseValues(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        keep(exchange, new Request(request.model(), null, values(request.bodyParams()), null, null));
    }

    public void parseRecordValues(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String model = request.model();
        int id = request.recordId();
        keep(exchange, new Request(model, id, values(request.bodyParams()), null, null));
    }

    /** The {@code params} of a POST or PUT body: {@code data}, optional {@code context} and {@code filter}. */
    private WriteRequest values(ObjectNode params) {
        JsonNode data = params.get("data");
        if (data == null || data.isNull()) {
            throw GatewayException.badRequest("`data` parameter is not found on the request body");
        }
        if (!data.isObject()) {
            throw GatewayException.badRequest("`data` must be a JSON object of field values");
        }
        JsonNode filter = params.get("filter");
        return new WriteRequest(data, WriteRequest.context(params.get("context")), filter == null || filter.isNull() ? null
                : DomainFilter.parse(filter.isTextual() ? filter.asText() : filter.toString(), limits));
    }

    public void parseRecord(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        keep(exchange, new Request(request.model(), request.recordId(), null, null, null));
    }

    public void parseFilter(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String model = request.model();
        String filter = request.param("filter");
        if (filter == null || filter.isBlank()) {
            throw GatewayException.badRequest("`filter` is required to delete by filter (or use DELETE /api/{model}/{id}/)");
        }
        ObjectNode context = request.contextParam();
        keep(exchange, new Request(model, null, null, DomainFilter.parse(filter, limits),
                context == null ? Json.NODES.objectNode() : context));
    }

    public void create(Exchange exchange) {
        Request request = request(exchange);
        long id = writes.create(Authentication.caller(exchange), request.model(), request.write());
        JsonResponse.result(exchange, 201, Json.NODES.numberNode(id)).setHeader("Location", "/api/" + request.model() + "/" + id);
    }

    public void update(Exchange exchange) {
        Request request = request(exchange);
        writes.update(Authentication.caller(exchange), request.model(), request.id(), request.write());
        JsonResponse.result(exchange, 200, BooleanNode.TRUE);
    }

    public void updateWhere(Exchange exchange) {
        Request request = request(exchange);
        int affected = writes.updateWhere(Authentication.caller(exchange), request.model(), request.write());
        JsonResponse.result(exchange, 200, BooleanNode.TRUE).setHeader("X-Affected-Count", affected);
    }

    public void delete(Exchange exchange) {
        Request request = request(exchange);
        writes.delete(Authentication.caller(exchange), request.model(), request.id());
        JsonResponse.write(exchange, 200, Json.NODES.objectNode().put("result", true));
    }

    public void deleteWhere(Exchange exchange) {
        Request request = request(exchange);
        int deleted = writes.deleteWhere(Authentication.caller(exchange), request.model(), request.filter(), request.context());
        JsonResponse.write(exchange, 200, Json.NODES.objectNode().put("result", true)).setHeader("X-Affected-Count", deleted);
    }

    private static void keep(Exchange exchange, Request request) {
        exchange.setProperty(REQUEST, request);
    }

    private static Request request(Exchange exchange) {
        return exchange.getProperty(REQUEST, Request.class);
    }
}
