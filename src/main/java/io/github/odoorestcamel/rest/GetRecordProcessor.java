package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** GET /api/{model}/{id}/ — one record as an object; 404 when it does not exist. */
public final class GetRecordProcessor implements Processor {

    private final ReadService reads;
    private final CallerResolver callers;
    private final ReadSettings settings;

    public GetRecordProcessor(ReadService reads, CallerResolver callers, ReadSettings settings) {
        this.reads = reads;
        this.callers = callers;
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        String model = request.model();
        int id = request.recordId();
        QueryBlock query = QueryParser.parse(request.param("query"), settings.queryLimits());
        JsonResponse.write(exchange, 200, reads.one(callers.resolve(credentials), model, id, query, request.contextParam()));
    }
}
