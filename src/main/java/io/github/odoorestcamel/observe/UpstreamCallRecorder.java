package io.github.odoorestcamel.observe;

import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * Watches every call the gateway sends to Odoo: records {@code gateway.odoo.calls} by Odoo method
 * and HTTP status with its latency, and counts it on the trace of the request it was made for.
 * The body, which may hold a password or key, is only read for the method's name.
 */
public final class UpstreamCallRecorder implements OdooCallListener {

    private final TimerFamily calls;
    private final RequestTraces traces;

    public UpstreamCallRecorder(MeterRegistry registry, RequestTraces traces) {
        this.calls = new TimerFamily(registry, "gateway.odoo.calls", "Calls to Odoo, by Odoo method and HTTP status", "method", "status");
        this.traces = traces;
    }

    @Override
    public void called(String path, byte[] body, String status, Duration took) {
        calls.with(OdooMethodLabel.of(path, body), status).record(took);
        RequestTrace trace = traces.current();
        if (trace != null) {
            trace.upstreamCall();
        }
    }
}
