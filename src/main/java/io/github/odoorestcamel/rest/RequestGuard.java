package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.GatewayException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Refuses a request whose query string is larger than the API accepts, before any other work. */
public final class RequestGuard implements Processor {

    private final int maxQueryStringBytes;

    public RequestGuard(int maxQueryStringBytes) {
        this.maxQueryStringBytes = maxQueryStringBytes;
    }

    @Override
    public void process(Exchange exchange) {
        String query = exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
        if (query != null && query.length() > maxQueryStringBytes) {
            throw GatewayException.badRequest("The query string is " + query.length() + " bytes long, the limit is "
                    + maxQueryStringBytes);
        }
    }
}
