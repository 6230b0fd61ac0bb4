package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One validated list read: what to select, which rows, in which order, with which context. */
public record ListCall(FieldSelection selection, ArrayNode domain, String order, int offset, int limit, ObjectNode context) {
}
