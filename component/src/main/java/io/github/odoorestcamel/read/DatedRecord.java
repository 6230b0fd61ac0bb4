package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A record's id, its create_date and write_date as Odoo reads them (to the second), and its body shaped for a query. */
public record DatedRecord(long id, String createDate, String writeDate, ObjectNode body) {
}
