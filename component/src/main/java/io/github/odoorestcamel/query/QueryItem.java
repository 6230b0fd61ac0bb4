package io.github.odoorestcamel.query;

/**
 * One entry of a query block: a field (possibly with a nested block), an excluded field, or the
 * wildcard {@code *}.
 */
public record QueryItem(Kind kind, String name, QueryBlock nested) {

    public enum Kind { FIELD, EXCLUDE, ALL }

    public static QueryItem field(String name, QueryBlock nested) {
        return new QueryItem(Kind.FIELD, name, nested);
    }

    public static QueryItem exclude(String name) {
        return new QueryItem(Kind.EXCLUDE, name, null);
    }

    public static QueryItem all() {
        return new QueryItem(Kind.ALL, "*", null);
    }

    public boolean isNested() {
        return nested != null;
    }
}
