package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/** Odoo 19's JSON-2: {@code /json/2/<model>/<method>}, bearer API key, named arguments, HTTP statuses for errors (F0–FE). */
final class Json2Dialect {

    private final SimInstance instance;
    private final SimAccounts accounts;
    private final SimExecutor executor;
    private final SimDatabase db;

    Json2Dialect(SimInstance instance, SimAccounts accounts, SimExecutor executor, SimDatabase db) {
        this.instance = instance;
        this.accounts = accounts;
        this.executor = executor;
        this.db = db;
    }

    void handle(HttpExchange exchange, String path, JsonNode body) throws IOException {
        if (instance.major() < 19) {
            SimResponses.send(exchange, 404, "text/html; charset=utf-8", "<!doctype html><title>404 Not Found</title>");
            return;
        }
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String key = authorization.regionMatches(true, 0, "bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        String requestedDb = exchange.getRequestHeaders().getFirst("X-Odoo-Database");
        Integer uid = accounts.uidOfApiKey(key);
        if (uid == null || (requestedDb != null && !instance.database().equals(requestedDb))) {
            error(exchange, 401, new OdooFault(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey", List.of("Invalid apikey", 401)));
            return;
        }
        String[] parts = path.substring("/json/2/".length()).split("/");
        if (parts.length != 2 || !body.isObject()) {
            error(exchange, 404, OdooFault.of("werkzeug.exceptions.NotFound", "404 Not Found"));
            return;
        }
        if (body.has("args")) {
            error(exchange, 422, OdooFault.of("builtins.TypeError", parts[1] + "() got an unexpected keyword argument 'args'"));
            return;
        }
        if (db.model(parts[0]) == null) {
            error(exchange, 404, OdooFault.json2NotFound("the model '" + parts[0] + "' does not exist"));
            return;
        }
        try {
            JsonNode result = executor.call(uid, parts[0], parts[1], SimResponses.NODES.arrayNode(), body);
            SimResponses.send(exchange, 200, "application/json; charset=utf-8", result.toString());
        } catch (OdooFault fault) {
            boolean unknownMethod = fault.name.equals("builtins.AttributeError") && fault.getMessage().startsWith("The method '");
            error(exchange, unknownMethod ? 404 : status(fault.name), unknownMethod ? OdooFault.json2NotFound(fault.getMessage()) : fault);
        }
    }

    private static int status(String name) {
        String type = name.substring(name.lastIndexOf('.') + 1);
        return switch (type) {
            case "AccessDenied" -> 401;
            case "AccessError" -> 403;
            case "MissingError", "KeyError", "AttributeError", "NotFound" -> 404;
            case "UserError", "ValidationError", "RedirectWarning", "TypeError", "ValueError" -> 422;
            default -> 500;
        };
    }

    private static void error(HttpExchange exchange, int status, OdooFault fault) throws IOException {
        SimResponses.send(exchange, status, "application/json; charset=utf-8", SimResponses.json2Error(fault).toString());
    }
}
