package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.ReadSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code read}: one id gives the record as a Map (a 404 when it does not exist); several give the
 * list of those that exist, in id order. Archived records are read too, as Odoo's {@code read} does.
 */
final class ReadOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        ReadSettings settings = odoo.readSettings();
        List<Integer> ids = request.recordIds();
        if (ids.size() == 1) {
            ObjectNode context = request.odooContext().deepCopy().put("active_test", false);
            ObjectNode record = odoo.reads().one(caller, request.model(), ids.get(0), request.selection(settings), context);
            return OperationResult.of(Json.MAPPER.convertValue(record, Map.class));
        }
        Collection<ObjectNode> records = odoo.reads().existing(caller, request.model(), ids, request.selection(settings),
                request.odooContext()).values();
        return OperationResult.of(Json.MAPPER.convertValue(records, List.class));
    }
}
