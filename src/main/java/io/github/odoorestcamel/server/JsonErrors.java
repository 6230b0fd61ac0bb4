package io.github.odoorestcamel.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.odoorestcamel.error.ErrorBody;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.observe.RequestId;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Answers with the gateway's JSON error body from the HTTP layer itself, for what is refused before
 * a route runs: the same body and status the routes' {@link ErrorResponder} gives.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** Writes the error as the answer to the request, with the request's id (or a new one) like every answer. */
    public static Future<Void> send(HttpServerRequest request, GatewayException error) {
        int status = HttpStatuses.of(error.kind());
        HttpServerResponse response = request.response();
        if (!response.headers().contains(RequestId.HEADER)) {
            response.putHeader(RequestId.HEADER, RequestId.of(request.getHeader(RequestId.HEADER)));
        }
        response.setStatusCode(status).putHeader("Content-Type", "application/json").putHeader("X-Content-Type-Options", "nosniff");
        try {
            return response.end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(ErrorBody.of(error))));
        } catch (JsonProcessingException e) {
            return response.end();
        }
    }
}
