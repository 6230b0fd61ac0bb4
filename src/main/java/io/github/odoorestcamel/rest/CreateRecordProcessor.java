package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.write.WriteRequest;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** POST /api/{model}/ — creates a record: 201, the new id as result, and its {@code Location}. */
public final class CreateRecordProcessor implements Processor {

    private final WriteService writes;
    private final CallerResolver callers;
    private final DomainFilter.Limits limits;

    public CreateRecordProcessor(WriteService writes, CallerResolver callers, DomainFilter.Limits limits) {
        this.writes = writes;
        this.callers = callers;
        this.limits = limits;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        String model = request.model();
        WriteRequest write = WriteRequest.of(request.bodyParams(), limits);
        long id = writes.create(callers.resolve(credentials), model, write);
        JsonResponse.result(exchange, 201, Json.NODES.numberNode(id)).setHeader("Location", "/api/" + model + "/" + id);
    }
}
