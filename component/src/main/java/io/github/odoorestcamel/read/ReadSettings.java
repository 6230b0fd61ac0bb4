package io.github.odoorestcamel.read;

import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;

/** The bounds of the read API, from configuration. */
public record ReadSettings(int maxPageSize, int maxRows, QueryLimits queryLimits, DomainFilter.Limits domainLimits) {
}
