package io.github.odoorestcamel.sim;

import java.util.List;

/** An exception raised inside the simulated Odoo, answered as Odoo's JSON-RPC error envelope. */
final class OdooFault extends RuntimeException {

    final int code;
    final String name;
    final List<Object> arguments;

    OdooFault(int code, String name, String message, List<Object> arguments) {
        super(message, null, false, false);
        this.code = code;
        this.name = name;
        this.arguments = arguments;
    }

    static OdooFault of(String name, String message) {
        return new OdooFault(200, name, message, List.of(message));
    }

    static OdooFault sessionExpired() {
        return new OdooFault(100, "odoo.http.SessionExpiredException", "Session expired", List.of("Session expired"));
    }

    static OdooFault accessDenied() {
        return of("odoo.exceptions.AccessDenied", "Access Denied");
    }

    static OdooFault accessError(String message) {
        return of("odoo.exceptions.AccessError", message);
    }

    static OdooFault missing(String model, List<Integer> ids, int uid) {
        String record = model + "(" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ",)";
        return of("odoo.exceptions.MissingError",
                "Record does not exist or has been deleted.\n(Record: " + record + ", User: " + uid + ")");
    }

    static OdooFault unknownModel(String model) {
        return new OdooFault(200, "builtins.KeyError", model, List.of(model));
    }

    static OdooFault invalidField(String model, String field) {
        return of("builtins.ValueError", "Invalid field '" + field + "' on model '" + model + "'");
    }

    static OdooFault valueError(String message) {
        return of("builtins.ValueError", message);
    }
}
