package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** Writing answers as Odoo's werkzeug server does, and its error bodies with their tracebacks. */
final class SimResponses {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TRACEBACK = "Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 1764, in _serve_db\n"
            + "    return service_model.retrying(self._serve_ir_http, self.env)\n";

    private SimResponses() {
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The JSON-RPC {@code error} member: code 200 for Odoo's exceptions, 100 for an expired session, 404 for werkzeug's NotFound (G0). */
    static ObjectNode envelope(OdooFault fault) {
        ObjectNode error = NODES.objectNode();
        error.put("code", fault.code);
        error.put("message", switch (fault.code) {
            case 100 -> "Odoo Session Expired";
            case 404 -> "404: Not Found";
            default -> "Odoo Server Error";
        });
        ObjectNode data = error.putObject("data");
        fill(data, fault);
        return error;
    }

    /** JSON-2's error body: the exception itself, with its own HTTP status (F3–FE). */
    static ObjectNode json2Error(OdooFault fault) {
        return fill(NODES.objectNode(), fault);
    }

    private static ObjectNode fill(ObjectNode data, OdooFault fault) {
        data.put("name", fault.name);
        data.put("debug", TRACEBACK + fault.name + ": " + fault.getMessage() + "\n");
        data.put("message", fault.getMessage());
        data.set("arguments", SimDatabase.JSON.valueToTree(new ArrayList<>(fault.arguments)));
        data.putObject("context");
        return data;
    }
}
