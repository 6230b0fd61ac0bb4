package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.JsonRpcChannel;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * GET /health: whether Odoo answers right now ({@code /web/webclient/version_info}, no
 * credentials needed). 200 {@code {"status":"UP","odoo":"17.0"}} or 503 {@code {"status":"DOWN"}}
 * with the reason, for load balancers and orchestrators.
 */
public final class HealthProcessor implements Processor {

    private final JsonRpcChannel channel;

    public HealthProcessor(JsonRpcChannel channel) {
        this.channel = channel;
    }

    @Override
    public void process(Exchange exchange) {
        ObjectNode health = Json.NODES.objectNode();
        try {
            JsonNode version = channel.post("/web/webclient/version_info", Json.NODES.objectNode(), null, true).result();
            health.put("status", "UP").put("odoo", version.path("server_serie").asText(version.path("server_version").asText()));
            JsonResponse.write(exchange, 200, health);
        } catch (GatewayException e) {
            health.put("status", "DOWN").put("reason", e.getMessage());
            JsonResponse.write(exchange, 503, health);
        }
    }
}
