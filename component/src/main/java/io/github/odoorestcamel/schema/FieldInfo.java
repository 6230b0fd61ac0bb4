package io.github.odoorestcamel.schema;

import java.util.List;
import java.util.Set;

/**
 * What Odoo's {@code fields_get} tells of one field: its type, the target model of a relation, its
 * label, whether Odoo stores it (a computed field that is not stored has no column and does not
 * move its record's write_date), whether a value is required, whether it is read-only, and the
 * values a selection field admits.
 */
public record FieldInfo(String name, String type, String relation, String label, boolean stored, boolean required,
                        boolean readonly, List<Object> selection) {

    private static final Set<String> RELATIONAL = Set.of("many2one", "one2many", "many2many");

    public FieldInfo {
        selection = List.copyOf(selection);
    }

    /** A stored, optional, writable field without label or selection values: all a query needs to know of it. */
    public FieldInfo(String name, String type, String relation) {
        this(name, type, relation, null, true, false, false, List.of());
    }

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
