package io.github.odoorestcamel.component.odoo;

import java.util.Map;

/** The new message body of an operation, and the headers it sets. */
record OperationResult(Object body, Map<String, Object> headers) {

    static OperationResult of(Object body) {
        return new OperationResult(body, Map.of());
    }
}
