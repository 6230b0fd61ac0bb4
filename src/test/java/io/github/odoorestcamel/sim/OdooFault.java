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

    /** PostgreSQL's foreign-key violation as Odoo reports it (a link to a record that does not exist). */
    static OdooFault foreignKey(SimModel model, SimField field) {
        String constraint = model.name.replace('.', '_') + "_" + field.name() + "_fkey";
        return of("odoo.exceptions.ValidationError", "The operation cannot be completed: another model requires the record being deleted. "
                + "If possible, archive it instead.\n\nModel: " + model.name + "\nConstraint: " + constraint + "\n");
    }

    /** Odoo 18 and later report an unknown model on call_kw as werkzeug's NotFound, code 404, no arguments (G0). */
    static OdooFault urlNotFound() {
        return new OdooFault(404, "werkzeug.exceptions.NotFound", "404 Not Found: The requested URL was not found on the server. "
                + "If you entered the URL manually please check your spelling and try again.", List.of());
    }

    /** JSON-2 (Odoo 19) names the unknown model or method in a NotFound with status 404 (F6, F7). */
    static OdooFault json2NotFound(String message) {
        return new OdooFault(404, "werkzeug.exceptions.NotFound", message, List.of(message, 404));
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
