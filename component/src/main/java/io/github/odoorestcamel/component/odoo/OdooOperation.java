package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.odoo.Caller;

/** One operation of the producer ({@code searchRead}, {@code create}, …) over the shared Odoo services. */
interface OdooOperation {

    OperationResult apply(OdooServices odoo, Caller caller, OdooRequest request);
}
