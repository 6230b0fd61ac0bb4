package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The raw parameters of a list request, as the client sent them (any may be null). */
public record ListParams(String query, String filter, String order, String pageSize, String page, String limit,
                         ObjectNode context) {
}
