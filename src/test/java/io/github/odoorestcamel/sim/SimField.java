package io.github.odoorestcamel.sim;

/**
 * A field of a simulated model. {@code inverse} marks a computed one2many/many2many whose value is
 * found on the other side (the many2one or many2many named there). {@code adminOnly} fields are
 * hidden from other users, as Odoo's field groups do.
 */
record SimField(String name, String type, String relation, String inverse, boolean required, boolean adminOnly) {

    static SimField of(String name, String type) {
        return new SimField(name, type, null, null, false, false);
    }

    static SimField required(String name, String type) {
        return new SimField(name, type, null, null, true, false);
    }

    static SimField many2one(String name, String relation) {
        return new SimField(name, "many2one", relation, null, false, false);
    }

    static SimField many2many(String name, String relation) {
        return new SimField(name, "many2many", relation, null, false, false);
    }

    static SimField inverse(String name, String type, String relation, String inverse) {
        return new SimField(name, type, relation, inverse, false, false);
    }

    SimField restrictedToAdmin() {
        return new SimField(name, type, relation, inverse, required, true);
    }

    boolean isRelational() {
        return relation != null;
    }

    boolean isToMany() {
        return "one2many".equals(type) || "many2many".equals(type);
    }
}
