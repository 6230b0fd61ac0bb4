package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorBody;
import io.github.odoorestcamel.error.GatewayException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Refuses a request whose query string is larger than the API accepts, before any other work:
 * {@link #refuses} tells whether it must, the processor answers the JSON 400.
 */
public final class RequestGuard implements Processor {

    private final int maxQueryStringBytes;

    public RequestGuard(int maxQueryStringBytes) {
        this.maxQueryStringBytes = maxQueryStringBytes;
    }

    public boolean refuses(Exchange exchange) {
        String query = exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
        return query != null && query.length() > maxQueryStringBytes;
    }

    @Override
    public void process(Exchange exchange) {
        String query = exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
        GatewayException refusal = GatewayException.badRequest("The query string is " + query.length() + " bytes long, the limit is "
                + maxQueryStringBytes);
        JsonResponse.write(exchange, HttpStatuses.of(refusal.kind()), ErrorBody.of(refusal));
    }
}
