package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.util.Optional;

/**
 * Calls one model method in Odoo as the given user. Implementations are the transports (session
 * cookie today; API keys over /jsonrpc or JSON-2 plug in here). Odoo errors come back as
 * {@link io.github.odoorestcamel.error.GatewayException}.
 */
public interface OdooClient {

    JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs);

    /**
     * Calls a read method and hands its result on unread, to be read as it arrives; empty when this
     * client only answers whole results. Errors Odoo reports before its result are thrown here.
     */
    default Optional<ResultStream> stream(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        return Optional.empty();
    }
}
