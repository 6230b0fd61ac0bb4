package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.observe.GatewayMetrics;
import java.time.Clock;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on the receiver's answer: a 2xx lets the position move on; a status that may pass fails the
 * exchange, so the consumer keeps its position and the event is sent again after a wait; any other
 * status is final, so the event goes to the dead letters and the next one follows.
 */
public final class WebhookAnswer implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAnswer.class);

    private final DeliveryBackoff backoff;
    private final DeadLetterFile deadLetters;
    private final GatewayMetrics metrics;
    private final Clock clock;

    public WebhookAnswer(DeliveryBackoff backoff, DeadLetterFile deadLetters, GatewayMetrics metrics, Clock clock) {
        this.backoff = backoff;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws RetryableAnswerException {
        Message in = exchange.getIn();
        int status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String receiver = exchange.getProperty(WebhookExchange.RECEIVER, String.class);
        String line = exchange.getProperty(WebhookExchange.LINE, String.class);
        switch (AnswerKind.of(status)) {
            case DELIVERED -> {
                backoff.answered(line);
                metrics.webhookDelivered(receiver);
            }
            case RETRY -> throw new RetryableAnswerException(status, RetryAfter.parse(in.getHeader("Retry-After", String.class), clock.instant()));
            case REJECTED -> {
                String id = exchange.getProperty(WebhookExchange.ID, String.class);
                deadLetters.append(new DeadLetterFile.DeadLetter(Instant.now(clock), receiver, id, status, in.getBody(String.class),
                        exchange.getProperty(WebhookExchange.EVENT, String.class)));
                metrics.deadLettered("webhooks:" + receiver);
                backoff.answered(line);
                LOG.warn("Receiver {} refused webhook {} with HTTP {}: it is in {}, delivery goes on", receiver, id, status, deadLetters.file());
            }
        }
    }
}
