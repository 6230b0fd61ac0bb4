package io.github.odoorestcamel.bundles;

import org.apache.camel.support.service.ServiceSupport;

/** Closes a resource (a connection pool) when Camel stops, after the routes that use it. */
final class ClosedOnStop extends ServiceSupport {

    private final AutoCloseable resource;

    ClosedOnStop(AutoCloseable resource) {
        this.resource = resource;
    }

    @Override
    protected void doStop() throws Exception {
        resource.close();
    }
}
