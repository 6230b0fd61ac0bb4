package io.github.odoorestcamel.query;

/** Bounds that keep a hostile query from costing more than a legitimate one. */
public record QueryLimits(int maxLength, int maxDepth, int maxItems) {
}
