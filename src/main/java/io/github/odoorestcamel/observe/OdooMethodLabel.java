package io.github.odoorestcamel.observe;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;

/**
 * Names the Odoo method a call to Odoo is for, from its path and, for {@code /jsonrpc}, its body:
 * {@code /web/dataset/call_kw/res.partner/web_read} → {@code web_read},
 * {@code /json/2/res.partner/read} → {@code read}, {@code /jsonrpc} → the {@code execute_kw}
 * method or {@code common.authenticate}, other paths ({@code /web/session/authenticate}) → the path.
 * Only the method is read from the body, never an argument.
 */
public final class OdooMethodLabel {

    private OdooMethodLabel() {
    }

    public static String of(String path, byte[] body) {
        if (path == null) {
            return "unknown";
        }
        if (path.startsWith("/web/dataset/call_kw/") || path.startsWith("/json/2/")) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        if (path.equals("/jsonrpc") && body != null) {
            return fromJsonRpc(body);
        }
        return path;
    }

    private static String fromJsonRpc(byte[] body) {
        try {
            JsonNode params = Json.MAPPER.readTree(body).path("params");
            String service = params.path("service").asText();
            String method = params.path("method").asText();
            if ("object".equals(service) && method.startsWith("execute")) {
                JsonNode modelMethod = params.path("args").path(4);
                return modelMethod.isTextual() ? modelMethod.asText() : method;
            }
            return service + "." + method;
        } catch (IOException e) {
            return "/jsonrpc";
        }
    }
}
