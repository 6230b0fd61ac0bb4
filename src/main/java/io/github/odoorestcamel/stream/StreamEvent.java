package io.github.odoorestcamel.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.odoo.Caller;

/** A record created or updated at {@code position}, shaped by the stream's query. */
public record StreamEvent(Watermark position, ChangeKind kind, ObjectNode record) {

    public long id() {
        return position.id();
    }

    /**
     * What tells this change from another one of the same record: its position and its body, since
     * two writes within one second read as the same write_date.
     */
    String key() {
        return position.format() + "#" + Caller.sha256(record.toString());
    }
}
