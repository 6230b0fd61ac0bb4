package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the simulated Odoo received, with the model and method of a call_kw, and its
 * request line exactly as it arrived (method, target with any query string, protocol).
 */
public record RecordedCall(String requestLine, String path, String model, String method, Map<String, List<String>> headers,
        JsonNode body) {

    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return String.join(",", e.getValue());
            }
        }
        return null;
    }
}
