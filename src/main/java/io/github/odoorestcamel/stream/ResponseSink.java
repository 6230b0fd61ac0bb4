package io.github.odoorestcamel.stream;

import io.vertx.core.http.HttpServerResponse;

/**
 * A stream's frames written to its HTTP answer. A client that stops reading fills the connection's
 * write queue: it is disconnected then, rather than its events held in memory without bound.
 */
final class ResponseSink implements ChangeStream.Sink {

    private final HttpServerResponse response;

    ResponseSink(HttpServerResponse response) {
        this.response = response;
    }

    @Override
    public boolean send(String frame) {
        if (response.closed() || response.ended()) {
            return false;
        }
        if (response.writeQueueFull()) {
            response.close();
            return false;
        }
        response.write(frame);
        return true;
    }

    /** Ends the answer and then its connection, which gives the stream's place back at once. */
    @Override
    public void end() {
        if (!response.closed() && !response.ended()) {
            response.end().onComplete(ended -> response.close());
        }
    }
}
