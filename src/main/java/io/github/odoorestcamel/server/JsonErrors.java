package io.github.odoorestcamel.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.odoorestcamel.error.ErrorBody;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Answers with the gateway's JSON error body from the HTTP layer itself, for what is refused before
 * a route runs: the same body and status the routes' {@link ErrorResponder} gives.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    static Future<Void> send(HttpServerResponse response, GatewayException error) {
        int status = error.kind().status();
        response.setStatusCode(status).putHeader("Content-Type", "application/json").putHeader("X-Content-Type-Options", "nosniff");
        try {
            return response.end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(ErrorBody.of(error))));
        } catch (JsonProcessingException e) {
            return response.end();
        }
    }
}
