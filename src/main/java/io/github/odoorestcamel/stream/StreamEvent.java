package io.github.odoorestcamel.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;

/** A record created or updated at {@code position}, shaped by the stream's query. */
public record StreamEvent(Watermark position, ChangeKind kind, ObjectNode record) {

    public long id() {
        return position.id();
    }
}
