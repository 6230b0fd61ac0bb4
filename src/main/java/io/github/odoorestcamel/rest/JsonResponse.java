package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Writes a response. Every header the request brought is dropped first, so nothing the client
 * sent is ever echoed back; only the headers set here and by the caller afterwards go out.
 */
public final class JsonResponse {

    private JsonResponse() {
    }

    public static Message write(Exchange exchange, int status, JsonNode body) {
        try {
            return writeBytes(exchange, status, "application/json", Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON-RPC style success: {@code {"jsonrpc":"2.0","id":null,"result":…}}. */
    public static Message result(Exchange exchange, int status, JsonNode result) {
        ObjectNode body = Json.NODES.objectNode().put("jsonrpc", "2.0");
        body.putNull("id");
        body.set("result", result);
        return write(exchange, status, body);
    }

    public static Message writeBytes(Exchange exchange, int status, String contentType, byte[] body) {
        // a ByteBuffer is written in one piece; a byte[] would be streamed through a type conversion
        return writeBody(exchange, status, contentType, ByteBuffer.wrap(body));
    }

    /** A body of unknown length, sent chunked as it is read; a failure to read it cuts the connection. */
    public static Message writeStream(Exchange exchange, int status, String contentType, InputStream body) {
        return writeBody(exchange, status, contentType, body);
    }

    private static Message writeBody(Exchange exchange, int status, String contentType, Object body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setHeader("X-Content-Type-Options", "nosniff");
        message.setBody(body);
        return message;
    }
}
