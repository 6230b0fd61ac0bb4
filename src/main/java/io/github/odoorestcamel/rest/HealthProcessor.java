package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.observe.OdooStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * GET /health: whether Odoo answers right now ({@code /web/webclient/version_info}, no
 * credentials needed). 200 {@code {"status":"UP","odoo":"17.0"}} or 503 {@code {"status":"DOWN"}}
 * with the reason, for load balancers and orchestrators.
 */
public final class HealthProcessor implements Processor {

    private final OdooStatus odoo;

    public HealthProcessor(OdooStatus odoo) {
        this.odoo = odoo;
    }

    @Override
    public void process(Exchange exchange) {
        OdooStatus.Result result = odoo.check();
        ObjectNode health = Json.NODES.objectNode();
        if (result.up()) {
            JsonResponse.write(exchange, 200, health.put("status", "UP").put("odoo", result.version()));
        } else {
            JsonResponse.write(exchange, 503, health.put("status", "DOWN").put("reason", result.reason()));
        }
    }
}
