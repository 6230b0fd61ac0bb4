package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.write.MethodCall;

/** {@code call}: a public model method with the body's {@code {args, kwargs}} (or a list of args); Odoo's result. */
final class CallOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        ObjectNode params = Json.NODES.objectNode();
        JsonNode body = request.body() == null ? Json.NODES.objectNode() : request.bodyJson();
        if (body.isArray()) {
            params.set("args", body);
        } else if (body.isObject()) {
            params.setAll((ObjectNode) body);
        } else {
            throw GatewayException.badRequest("call takes a body of {args, kwargs} or a list of args");
        }
        if (request.odooContext() != null && !request.odooContext().isEmpty()) {
            params.set("context", request.odooContext());
        }
        MethodCall call = MethodCall.of(request.method(), null, params);
        return OperationResult.of(Json.MAPPER.convertValue(call.execute(odoo.client(), caller, request.model()), Object.class));
    }
}
