package io.github.odoorestcamel.schema;

import java.util.Set;

/** What the gateway needs to know of one Odoo field: its type and, for relations, the target model. */
public record FieldInfo(String name, String type, String relation) {

    private static final Set<String> RELATIONAL = Set.of("many2one", "one2many", "many2many");

    public boolean isRelational() {
        return RELATIONAL.contains(type) && relation != null;
    }

    public boolean isMany2one() {
        return "many2one".equals(type);
    }

    public boolean isToMany() {
        return "one2many".equals(type) || "many2many".equals(type);
    }
}
