package io.github.odoorestcamel.query;

import java.util.List;
import java.util.Map;

/** A {@code {...}} block of the query language with its optional {@code (name: value)} arguments. */
public record QueryBlock(Map<String, String> arguments, List<QueryItem> items) {

    /** The block used when a request has no query: every field. */
    public static final QueryBlock ALL_FIELDS = new QueryBlock(Map.of(), List.of(QueryItem.all()));

    /** {@code {id}}: what a look-up needs that only asks which records exist. */
    public static final QueryBlock ID_ONLY = new QueryBlock(Map.of(), List.of(QueryItem.field("id", null)));

    public QueryBlock {
        arguments = Map.copyOf(arguments);
        items = List.copyOf(items);
    }

    public boolean hasWildcard() {
        return items.stream().anyMatch(i -> i.kind() == QueryItem.Kind.ALL);
    }

    public boolean hasExcludes() {
        return items.stream().anyMatch(i -> i.kind() == QueryItem.Kind.EXCLUDE);
    }
}
