package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import org.apache.camel.Exchange;

/** GET /api/{model}/{id}/: the path and query are checked, then the record is read and answered as an object (404 when missing). */
public final class GetRecord {

    private static final String REQUEST = "odoo.record";

    private record Request(String model, int id, QueryBlock query, ObjectNode context) {
    }

    private final ReadService reads;
    private final ReadSettings settings;

    public GetRecord(ReadService reads, ReadSettings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    public void parse(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        exchange.setProperty(REQUEST, new Request(request.model(), request.recordId(),
                QueryParser.parse(request.param("query"), settings.queryLimits()), request.contextParam()));
    }

    public void read(Exchange exchange) {
        Request request = exchange.getProperty(REQUEST, Request.class);
        JsonResponse.write(exchange, 200,
                reads.one(Authentication.caller(exchange), request.model(), request.id(), request.query(), request.context()));
    }
}
