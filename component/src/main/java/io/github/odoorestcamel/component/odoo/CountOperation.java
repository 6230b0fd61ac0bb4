package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;

/** {@code count}: how many records match the domain. */
final class CountOperation implements OdooOperation {

    @Override
    public OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request) {
        return OperationResult.of(odoo.reads().count(caller, request.model(), request.parsedDomain(odoo.readSettings()), request.odooContext()));
    }
}
