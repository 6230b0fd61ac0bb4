package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorBody;
import io.github.odoorestcamel.error.FatalErrors;
import io.github.odoorestcamel.error.GatewayException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers any failure with the reference addon's error body and the status of the error table:
 * {@code {"jsonrpc":"2.0","id":null,"error":{"code":status,"message":…,"data":{…}}}}. Odoo's
 * traceback never reaches the client; unexpected failures are logged without request data, and an
 * out-of-memory error ends the process ({@link FatalErrors}).
 */
public final class ErrorResponder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        GatewayException error = failure instanceof GatewayException known ? known : unexpected(failure);
        JsonResponse.write(exchange, HttpStatuses.of(error.kind()), ErrorBody.of(error));
    }

    private static GatewayException unexpected(Throwable failure) {
        FatalErrors.haltIfFatal(failure);
        LOG.error("Unexpected failure: {}", failure == null ? "unknown" : failure.getClass().getName(), failure);
        return GatewayException.internal();
    }
}
