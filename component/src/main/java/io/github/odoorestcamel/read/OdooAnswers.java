package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;

/** Checks that Odoo answered a read with the shape the protocol promises; anything else is a 502. */
final class OdooAnswers {

    private OdooAnswers() {
    }

    static ArrayNode list(JsonNode answer, String method) {
        if (!answer.isArray()) {
            throw unexpected(method);
        }
        for (JsonNode record : answer) {
            if (!(record instanceof ObjectNode) || !record.has("id")) {
                throw unexpected(method);
            }
        }
        return (ArrayNode) answer;
    }

    static GatewayException unexpected(String method) {
        return new GatewayException(ErrorKind.UNREACHABLE, "BadGateway", "Odoo's " + method + " answered records of an unexpected shape");
    }
}
