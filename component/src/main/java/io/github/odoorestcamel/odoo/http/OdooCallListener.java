package io.github.odoorestcamel.odoo.http;

import java.time.Duration;

/** Told of every call sent to Odoo once it is over, on the thread that made it: for metrics and traces. */
@FunctionalInterface
public interface OdooCallListener {

    OdooCallListener NONE = (path, body, status, took) -> {
    };

    /**
     * {@code status}: Odoo's HTTP status, or {@code failed} when no answer came. The body is the
     * JSON sent, which may hold a password or an API key.
     */
    void called(String path, byte[] body, String status, Duration took);
}
