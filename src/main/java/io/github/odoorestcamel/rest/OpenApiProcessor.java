package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Credentials;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * GET /openapi.json — the OpenAPI document; with {@code ?models=res.partner,product.template}
 * also a schema per model as the caller sees it, which needs the caller's credentials like any
 * {@code /api} call.
 */
public final class OpenApiProcessor implements Processor {

    private final OpenApiDocument document;
    private final CallerResolver callers;
    private final int maxModels;

    public OpenApiProcessor(OpenApiDocument document, CallerResolver callers, int maxModels) {
        this.document = document;
        this.callers = callers;
        this.maxModels = maxModels;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String models = request.param("models");
        if (models == null || models.isBlank()) {
            JsonResponse.write(exchange, 200, document.endpoints());
            return;
        }
        Credentials credentials = callers.credentials(request);
        List<String> names = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(models.split(",")).map(String::strip).toList()));
        if (names.size() > maxModels) {
            throw GatewayException.badRequest("models names " + names.size() + " models; the limit is " + maxModels);
        }
        for (String name : names) {
            if (!ApiRequest.isModelName(name)) {
                throw GatewayException.badRequest("Invalid model name in models; expected something like 'res.partner'");
            }
        }
        JsonResponse.write(exchange, 200, document.withModels(callers.resolve(credentials), names));
    }
}
