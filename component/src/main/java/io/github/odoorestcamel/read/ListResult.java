package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The list envelope and what the response headers need: the total and the paging. */
public record ListResult(ObjectNode envelope, long total, PageRequest page) {
}
