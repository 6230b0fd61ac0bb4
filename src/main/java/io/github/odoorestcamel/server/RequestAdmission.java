package io.github.odoorestcamel.server;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Decides whether the gateway takes a request on, before its body is read or a route runs: not
 * while the gateway shuts down (JSON 503, connection closed), not with a path or query string that
 * cannot be percent-decoded (JSON 400), and not with a body that does not fit in the
 * {@link BodyBudget} (JSON 503; the body is read and dropped, never held). Both 503s carry
 * {@code Retry-After}.
 */
final class RequestAdmission implements Handler<RoutingContext> {

    private final BodyBudget budget;
    private final long maxBodyBytes;
    private final String retryAfterSeconds;
    private volatile boolean draining;

    RequestAdmission(BodyBudget budget, long maxBodyBytes, long retryAfterSeconds) {
        this.budget = budget;
        this.maxBodyBytes = maxBodyBytes;
        this.retryAfterSeconds = String.valueOf(retryAfterSeconds);
    }

    /** From now on every new request is refused: the gateway is shutting down. */
    void drain() {
        draining = true;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (draining) {
            refuseWhileDraining(request);
            return;
        }
        if (!PercentEncoding.decodable(request.path()) || !PercentEncoding.decodable(request.query())) {
            JsonErrors.send(request, GatewayException.badRequest(
                    "The path or query string is not valid percent-encoding: each % must be followed by two hexadecimal digits"));
            return;
        }
        long claim = bodyClaim(request);
        if (claim > 0) {
            if (!budget.tryClaim(claim)) {
                refuseBody(request);
                return;
            }
            context.addEndHandler(answered -> budget.release(claim));
        }
        context.next();
    }

    /**
     * The bytes a request's body may take: its declared length, or the largest body allowed when it
     * comes in chunks of unknown total. A declared length over the limit claims nothing: it is
     * refused with a 413 before a byte of it is read.
     */
    private long bodyClaim(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long declared = Long.parseLong(length.strip());
                return declared > maxBodyBytes ? 0 : Math.max(declared, 0);
            } catch (NumberFormatException e) {
                return maxBodyBytes;
            }
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) ? maxBodyBytes : 0;
    }

    private void refuseBody(HttpServerRequest request) {
        HttpServerResponse response = request.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        GatewayException error = unavailable(
                "The gateway holds as many request bodies as it may at once (http.max-body-memory-bytes); try again shortly");
        if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            // the client waits for a go-ahead that never comes, so whether its body follows is unknown: start afresh
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            JsonErrors.send(request, error).onComplete(sent -> request.connection().close());
            return;
        }
        // reading the body to nowhere keeps the connection usable for the client's next request
        request.handler(dropped -> { }).resume();
        JsonErrors.send(request, error);
    }

    private void refuseWhileDraining(HttpServerRequest request) {
        request.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds).putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        JsonErrors.send(request, unavailable("The gateway is shutting down; try again shortly"))
                .onComplete(sent -> request.connection().close());
    }

    private static GatewayException unavailable(String message) {
        return new GatewayException(ErrorKind.UNAVAILABLE, "ServiceUnavailable", message);
    }
}
