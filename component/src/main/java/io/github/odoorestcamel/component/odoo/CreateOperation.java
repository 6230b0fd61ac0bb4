package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.write.WriteRequest;
import java.util.ArrayList;
import java.util.List;

/** {@code create}: a Map of values gives the new id; a list of Maps is one batched create and gives the ids. */
final class CreateOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        JsonNode body = request.bodyJson();
        if (body.isArray()) {
            List<JsonNode> records = new ArrayList<>();
            body.forEach(records::add);
            return OperationResult.of(odoo.writes().createAll(caller, request.model(), records, request.odooContext()));
        }
        if (!body.isObject()) {
            throw GatewayException.badRequest("create takes a Map of field values, or a list of them");
        }
        return OperationResult.of(odoo.writes().create(caller, request.model(), new WriteRequest(body, request.odooContext(), null)));
    }
}
