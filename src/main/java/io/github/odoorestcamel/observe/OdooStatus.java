package io.github.odoorestcamel.observe;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;

/**
 * Whether Odoo answers right now: asks {@code /web/webclient/version_info}, which needs no
 * credentials and touches no database.
 */
public final class OdooStatus {

    /** Up with Odoo's version series, or down with the reason. */
    public record Result(boolean up, String version, String reason) {
    }

    private final JsonRpcChannel channel;

    public OdooStatus(JsonRpcChannel channel) {
        this.channel = channel;
    }

    public Result check() {
        try {
            JsonNode version = channel.post("/web/webclient/version_info", Json.NODES.objectNode(), null, true).result();
            return new Result(true, version.path("server_serie").asText(version.path("server_version").asText()), null);
        } catch (GatewayException e) {
            return new Result(false, null, e.getMessage());
        }
    }
}
