package io.github.odoorestcamel.rest;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/** An incoming request as the HTTP edge hands it to the processors: path, query string, headers. */
final class RequestFixture {

    private static final DefaultCamelContext CONTEXT = new DefaultCamelContext();

    private RequestFixture() {
    }

    static ApiRequest request(String path, String query, String... headers) {
        Exchange exchange = new DefaultExchange(CONTEXT);
        exchange.getMessage().setHeader(Exchange.HTTP_PATH, path);
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, query);
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getMessage().setHeader(headers[i], headers[i + 1]);
        }
        return ApiRequest.of(exchange);
    }
}
