package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** Records as Odoo's {@code web_read} shapes them, and how many rows match in all. */
public record RecordPage(ArrayNode records, long total) {
}
