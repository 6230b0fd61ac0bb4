package io.github.odoorestcamel.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.query.QueryBlock;

/**
 * What makes two streams see the same events: the same user in the same database, reading the
 * same model with the same query, filter and context. Streams with equal keys share one poll.
 */
public record StreamKey(String db, String principal, String model, QueryBlock query, ArrayNode domain, ObjectNode context) {

    public static StreamKey of(Caller caller, String model, QueryBlock query, ArrayNode domain, ObjectNode context) {
        return new StreamKey(caller.db(), caller.principal(), model, query, domain, context);
    }
}
