package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;

/** {@code unlink}: deletes the records of the ids (header, or body). */
final class UnlinkOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        odoo.writes().deleteIds(caller, request.model(), request.recordIds(), request.odooContext());
        return OperationResult.of(Boolean.TRUE);
    }
}
