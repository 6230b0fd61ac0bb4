package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;

/** {@code write}: the same values (the body) to the records of the ids header. */
final class WriteOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        odoo.writes().updateIds(caller, request.model(), request.recordIds(), request.bodyJson(), request.odooContext());
        return OperationResult.of(Boolean.TRUE);
    }
}
