package io.github.odoorestcamel.server;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Tells the HTTP server that Camel starts shutting down, before it suspends the routes: from then
 * on new requests get a JSON 503 (Camel's suspended routes would answer an empty one, and the
 * stopped ones a 404) while those in flight finish.
 */
public final class ShutdownNotice extends EventNotifierSupport {

    private final GatewayVertx server;

    public ShutdownNotice(GatewayVertx server) {
        this.server = server;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.CamelContextStoppingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        server.drain();
    }
}
