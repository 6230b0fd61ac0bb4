package io.github.odoorestcamel.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A field of a simulated model. {@code inverse} marks a computed one2many/many2many whose value is
 * found on the other side (the many2one or many2many named there). {@code adminOnly} fields are
 * hidden from other users, as Odoo's field groups do. {@code choices} are a selection field's
 * {@code [value, label]} pairs.
 */
record SimField(String name, String type, String relation, String inverse, boolean required, boolean adminOnly,
                List<List<String>> choices) {

    static SimField of(String name, String type) {
        return new SimField(name, type, null, null, false, false, List.of());
    }

    static SimField required(String name, String type) {
        return new SimField(name, type, null, null, true, false, List.of());
    }

    static SimField many2one(String name, String relation) {
        return new SimField(name, "many2one", relation, null, false, false, List.of());
    }

    static SimField many2many(String name, String relation) {
        return new SimField(name, "many2many", relation, null, false, false, List.of());
    }

    static SimField inverse(String name, String type, String relation, String inverse) {
        return new SimField(name, type, relation, inverse, false, false, List.of());
    }

    /** A selection field; {@code choices} alternate value and label. */
    static SimField selection(String name, String... choices) {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < choices.length; i += 2) {
            pairs.add(List.of(choices[i], choices[i + 1]));
        }
        return new SimField(name, "selection", null, null, false, false, List.copyOf(pairs));
    }

    SimField restrictedToAdmin() {
        return new SimField(name, type, relation, inverse, required, true, choices);
    }

    boolean isRelational() {
        return relation != null;
    }

    boolean isToMany() {
        return "one2many".equals(type) || "many2many".equals(type);
    }
}
