package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.write.UpsertService;
import java.util.Locale;
import java.util.Map;

/** {@code upsert}: creates or updates the record whose key fields hold the body's values; the id, and what was done. */
final class UpsertOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        UpsertService.Result result = odoo.upserts().upsert(caller, request.model(), request.keyFields(), request.bodyJson(),
                request.odooContext());
        return new OperationResult(result.id(),
                Map.of(OdooConstants.UPSERT_ACTION, result.action().name().toLowerCase(Locale.ROOT)));
    }
}
