package io.github.odoorestcamel.observe;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness (not liveness) of the gateway: it can serve only while Odoo answers. A restart would
 * not bring Odoo back, so an unreachable Odoo takes the instance out of the load balancer but
 * never gets it killed.
 */
public final class OdooReadinessCheck extends AbstractHealthCheck {

    private final OdooStatus odoo;

    public OdooReadinessCheck(OdooStatus odoo) {
        super("odoo-rest-camel", "odoo");
        this.odoo = odoo;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        OdooStatus.Result result = odoo.check();
        if (result.up()) {
            builder.up().detail("odoo.version", result.version());
        } else {
            builder.down().message(result.reason());
        }
    }
}
