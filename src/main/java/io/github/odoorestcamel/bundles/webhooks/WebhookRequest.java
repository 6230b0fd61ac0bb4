package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.bundles.feed.ChangeEvent;
import io.github.odoorestcamel.component.odoo.OdooConstants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns the feed's message into the receiver's request: the JSON body as bytes, the receiver's
 * extra headers, and the Standard Webhooks headers. The timestamp is that of the attempt, so a
 * retry is signed anew and passes a receiver's replay window; the id stays that of the event.
 */
public final class WebhookRequest implements Processor {

    private final Map<String, WebhookReceiver> receivers;
    private final Clock clock;

    public WebhookRequest(Map<String, WebhookReceiver> receivers, Clock clock) {
        this.receivers = Map.copyOf(receivers);
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        WebhookReceiver receiver = receivers.get(exchange.getProperty(WebhookExchange.RECEIVER, String.class));
        Message in = exchange.getIn();
        String event = in.getBody(String.class);
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        String id = WebhookId.of(in.getHeader(ChangeEvent.EVENT_ID_HEADER, String.class), event);
        long timestamp = clock.instant().getEpochSecond();
        exchange.setProperty(WebhookExchange.LINE, in.getHeader(OdooConstants.STATE_KEY, String.class));
        exchange.setProperty(WebhookExchange.ID, id);
        exchange.setProperty(WebhookExchange.EVENT, event);
        receiver.headers().forEach(in::setHeader);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setHeader("webhook-id", id);
        in.setHeader("webhook-timestamp", timestamp);
        in.setHeader("webhook-signature", receiver.signer().signature(id, timestamp, body));
        in.setBody(body);
    }
}
