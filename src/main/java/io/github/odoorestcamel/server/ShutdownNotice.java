package io.github.odoorestcamel.server;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Tells the HTTP server that Camel starts shutting down, before it suspends the routes: from then
 * on new requests get a JSON 503 (Camel's suspended routes would answer an empty one, and the
 * stopped ones a 404) while those in flight finish; and the change streams, which never finish by
 * themselves, end their answers while the server can still send the end.
 */
public final class ShutdownNotice extends EventNotifierSupport {

    private final GatewayVertx server;
    private final Runnable endStreams;

    public ShutdownNotice(GatewayVertx server, Runnable endStreams) {
        this.server = server;
        this.endStreams = endStreams;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.CamelContextStoppingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        server.drain();
        endStreams.run();
    }
}
