package io.github.odoorestcamel.error;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;

/**
 * The body of every error answer, in the reference addon's shape:
 * {@code {"jsonrpc":"2.0","id":null,"error":{"code":status,"message":…,"data":{…}}}}, never with
 * Odoo's traceback.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static ObjectNode of(GatewayException error) {
        ObjectNode body = Json.NODES.objectNode().put("jsonrpc", "2.0");
        body.putNull("id");
        ObjectNode content = body.putObject("error");
        content.put("code", HttpStatuses.of(error.kind()));
        content.put("message", error.getMessage());
        ObjectNode data = content.putObject("data");
        data.put("name", error.name());
        data.put("message", error.getMessage());
        data.set("arguments", Json.MAPPER.valueToTree(error.arguments()));
        data.put("exception_type", error.exceptionType());
        return body;
    }
}
