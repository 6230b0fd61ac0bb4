package io.github.odoorestcamel.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.odoo.Caller;

/**
 * A record created or updated at {@code position}, shaped by the stream's query, and its key: what
 * tells this change from another one of the same record, its position and a hash of its body (two
 * writes within one second read as the same write_date). The key is worked out once, where the
 * event is read, not by each stream it goes to.
 */
public record StreamEvent(Watermark position, ChangeKind kind, ObjectNode record, String key) {

    public StreamEvent(Watermark position, ChangeKind kind, ObjectNode record) {
        this(position, kind, record, position.format() + "#" + Caller.sha256(record.toString()));
    }

    public long id() {
        return position.id();
    }
}
