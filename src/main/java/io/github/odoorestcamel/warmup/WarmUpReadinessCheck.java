package io.github.odoorestcamel.warmup;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Not ready while the {@link StartupWarmUp} runs, so that a load balancer sends the first requests to warm code. */
public final class WarmUpReadinessCheck extends AbstractHealthCheck {

    private final StartupWarmUp warmUp;

    public WarmUpReadinessCheck(StartupWarmUp warmUp) {
        super("odoo-rest-camel", "warm-up");
        this.warmUp = warmUp;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (warmUp.finished()) {
            builder.up();
        } else {
            builder.down().message("warming up");
        }
    }
}
