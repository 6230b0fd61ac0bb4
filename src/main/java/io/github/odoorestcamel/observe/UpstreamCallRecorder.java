package io.github.odoorestcamel.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Watches every call the gateway sends to Odoo (camel-http exchanges): records
 * {@code gateway.odoo.calls} by Odoo method and HTTP status with its latency, and counts it on
 * the trace of the request it was made for. The body, which may hold a password or key, is only
 * read for the method's name.
 */
public final class UpstreamCallRecorder extends EventNotifierSupport {

    private static final String METHOD = "gateway.odoo.method";

    private final MeterRegistry registry;
    private final RequestTraces traces;

    public UpstreamCallRecorder(MeterRegistry registry, RequestTraces traces) {
        this.registry = registry;
        this.traces = traces;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent sending && isHttp(sending.getEndpoint().getEndpointUri())
                || event instanceof CamelEvent.ExchangeSentEvent sent && isHttp(sent.getEndpoint().getEndpointUri());
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.ExchangeSendingEvent sending) {
            Exchange exchange = sending.getExchange();
            exchange.setProperty(METHOD, OdooMethodLabel.of(exchange.getIn().getHeader(Exchange.HTTP_PATH, String.class),
                    exchange.getIn().getBody(byte[].class)));
        } else if (event instanceof CamelEvent.ExchangeSentEvent sent) {
            Exchange exchange = sent.getExchange();
            String method = exchange.getProperty(METHOD, "unknown", String.class);
            String status = exchange.getException() != null ? "failed"
                    : String.valueOf(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class));
            Timer.builder("gateway.odoo.calls")
                    .description("Calls to Odoo, by Odoo method and HTTP status")
                    .tag("method", method)
                    .tag("status", status)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(sent.getTimeTaken(), TimeUnit.MILLISECONDS);
            RequestTrace trace = traces.current();
            if (trace != null) {
                trace.upstreamCall();
            }
        }
    }

    private static boolean isHttp(String uri) {
        return uri.startsWith("http:") || uri.startsWith("https:");
    }
}
