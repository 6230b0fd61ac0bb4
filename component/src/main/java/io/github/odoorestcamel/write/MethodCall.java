package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.util.regex.Pattern;

/**
 * A call of a public model method, as {@code POST /object/{model}[/{id}]/{method}} describes it:
 * {@code args}, {@code kwargs} (the reference's {@code "kwargs "} spelling too) and {@code context}.
 * A private method ({@code _name}) is refused here, before Odoo is asked.
 */
public record MethodCall(String method, ArrayNode ids, ArrayNode args, ObjectNode kwargs) {

    private static final Pattern METHOD = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");

    public static MethodCall of(String method, Integer recordId, ObjectNode params) {
        if (method == null || !METHOD.matcher(method).matches()) {
            throw GatewayException.badRequest("Invalid method name");
        }
        if (method.startsWith("_")) {
            throw new GatewayException(ErrorKind.ACCESS_ERROR, "odoo.exceptions.AccessError",
                    "Private methods (such as " + method + ") cannot be called remotely.", null, "AccessError");
        }
        ArrayNode ids = recordId == null ? null : Json.NODES.arrayNode().add(recordId);
        ArrayNode args = Json.NODES.arrayNode();
        JsonNode given = params.get("args");
        if (given != null && !given.isNull()) {
            if (!given.isArray()) {
                throw GatewayException.badRequest("`args` must be a JSON list");
            }
            args.addAll((ArrayNode) given);
        }
        JsonNode kwargs = params.has("kwargs") ? params.get("kwargs") : params.get("kwargs ");
        ObjectNode keywords = Json.NODES.objectNode();
        if (kwargs != null && !kwargs.isNull()) {
            if (!kwargs.isObject()) {
                throw GatewayException.badRequest("`kwargs` must be a JSON object");
            }
            keywords.setAll((ObjectNode) kwargs);
        }
        ObjectNode context = WriteRequest.context(params.get("context"));
        if (!context.isEmpty() || !keywords.has("context")) {
            ObjectNode merged = keywords.has("context") && keywords.get("context").isObject()
                    ? ((ObjectNode) keywords.get("context")).deepCopy() : Json.NODES.objectNode();
            merged.setAll(context);
            keywords.set("context", merged);
        }
        return new MethodCall(method, ids, args, keywords);
    }

    /** Calls the method on the model as the caller: named arguments on JSON-2, positional ones elsewhere. */
    public JsonNode execute(OdooClient odoo, Caller caller, String model) {
        return caller.transport() == Caller.Transport.JSON2
                ? odoo.execute(caller, model, method, Json.NODES.arrayNode(), namedArgs())
                : odoo.execute(caller, model, method, positionalArgs(), kwargs);
    }

    /** Positional arguments as call_kw and execute_kw take them: the record ids first. */
    public ArrayNode positionalArgs() {
        ArrayNode all = Json.NODES.arrayNode();
        if (ids != null) {
            all.add(ids);
        }
        return all.addAll(args);
    }

    /** Named arguments as JSON-2 takes them; positional ones cannot be named without the method's signature. */
    public ObjectNode namedArgs() {
        if (!args.isEmpty()) {
            throw GatewayException.badRequest("Odoo's JSON-2 API (Odoo 19 and later, used with bearer API keys) takes named "
                    + "arguments only: pass the arguments of '" + method + "' in kwargs, not in args");
        }
        ObjectNode named = kwargs.deepCopy();
        if (ids != null) {
            named.set("ids", ids);
        }
        return named;
    }
}
