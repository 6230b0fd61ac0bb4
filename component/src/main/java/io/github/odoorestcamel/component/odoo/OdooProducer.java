package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the operation the endpoint (or the {@code CamelOdooOperation} header) names, as the
 * {@code CamelOdooCaller} header's caller or else as the service account, and puts its result in
 * the body. Odoo's errors become {@link OdooException}s.
 */
public class OdooProducer extends DefaultProducer {

    private final OdooEndpoint endpoint;

    public OdooProducer(OdooEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        OdooConfiguration options = endpoint.getConfiguration();
        String name = in.getHeader(OdooConstants.OPERATION, options.getOperation(), String.class);
        OdooOperation operation = Operations.named(name).orElseThrow(() -> new OdooException(ErrorKind.INVALID_INPUT, "ValidationError",
                "Unknown operation '" + name + "' of odoo:" + endpoint.getModel() + "; one of " + Operations.names()));
        OdooRequest request = new OdooRequest(endpoint.getModel(), in.getBody(),
                in.getHeader(OdooConstants.DOMAIN, options.getDomain(), String.class),
                in.getHeader(OdooConstants.QUERY, options.getQuery(), String.class),
                in.getHeader(OdooConstants.FIELDS, options.getFields(), String.class),
                in.getHeader(OdooConstants.ORDER, options.getOrder(), String.class),
                in.getHeader(OdooConstants.LIMIT, options.getLimit(), Integer.class),
                in.getHeader(OdooConstants.OFFSET, options.getOffset(), Integer.class),
                in.getHeader(OdooConstants.CONTEXT, options.getContext(), Object.class),
                in.getHeader(OdooConstants.IDS),
                in.getHeader(OdooConstants.KEY, options.getKey(), String.class),
                in.getHeader(OdooConstants.METHOD, options.getMethod(), String.class));
        Caller caller = in.getHeader(OdooConstants.CALLER, Caller.class);
        OperationResult result;
        try {
            result = caller != null
                    ? operation.apply(endpoint.odoo(), caller, request)
                    : endpoint.serviceAccount().run(account -> operation.apply(endpoint.odoo(), account, request));
        } catch (GatewayException e) {
            throw OdooException.from(e);
        }
        Message out = exchange.getMessage();
        out.setBody(result.body());
        result.headers().forEach(out::setHeader);
    }
}
