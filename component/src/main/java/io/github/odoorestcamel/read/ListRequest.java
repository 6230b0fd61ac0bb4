package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;

/**
 * A list request whose syntax is checked (query, filter, paging) without any knowledge of Odoo;
 * what depends on the model's fields is checked when it is read.
 */
public record ListRequest(String model, QueryBlock query, ArrayNode domain, String order, PageRequest page,
                          ObjectNode context) {

    public static ListRequest parse(String model, ListParams params, ReadSettings settings) {
        PageRequest page = PageRequest.of(params.pageSize(), params.page(), params.limit(), settings.maxPageSize(), settings.maxRows());
        ArrayNode domain = DomainFilter.parse(params.filter(), settings.domainLimits());
        QueryBlock query = QueryParser.parse(params.query(), settings.queryLimits());
        String order = params.order() == null || params.order().isBlank() ? null : params.order();
        return new ListRequest(model, query, domain, order, page, params.context());
    }
}
