package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One validated list read: what to select, which rows, in which order, with which context, and
 * whether the total must be known ({@code counted}); a walk through a table that only needs the
 * rows must not pay a count over the rest of it on every page.
 */
public record ListCall(FieldSelection selection, ArrayNode domain, String order, int offset, int limit, ObjectNode context,
                       boolean counted) {
}
