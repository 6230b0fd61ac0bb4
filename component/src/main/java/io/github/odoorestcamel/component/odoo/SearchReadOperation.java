package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.read.RecordPage;
import java.util.List;
import java.util.Map;

/** {@code searchRead}: the records shaped exactly as the REST API's {@code result}, and their total. */
final class SearchReadOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        ReadSettings settings = odoo.readSettings();
        int limit = request.limit() == null ? settings.maxRows() : request.limit();
        RecordPage page = odoo.reads().search(caller, request.model(), request.selection(settings), request.parsedDomain(settings),
                request.order(), request.offset(), limit, request.odooContext());
        return new OperationResult(Json.MAPPER.convertValue(page.records(), List.class), Map.of(OdooConstants.TOTAL, page.total()));
    }
}
