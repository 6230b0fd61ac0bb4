package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * create, write and unlink as Odoo applies them: command tuples 0–6 on x2many fields (a [2, id]
 * deletes the target record), required fields, the parent recursion constraint, model access for
 * non-admin users, and the errors of transcripts 74–95.
 */
final class SimWrites {

    private static final Map<String, String> DESCRIPTIONS = Map.of("res.partner", "Contact", "res.partner.category",
            "Partner Tags", "res.country", "Country", "res.users", "User", "res.company", "Companies",
            "ir.config_parameter", "System Parameter");
    private static final Set<String> ADMIN_WRITE_ONLY = Set.of("res.users", "res.country", "res.company");
    private static final Set<String> READS_RECORDS_FIRST = Set.of("res.partner");
    private static final Set<String> READ_ONLY_FIELDS = Set.of("id", "display_name", "create_uid", "create_date",
            "write_uid", "write_date");

    private final SimDatabase db;
    private final int uid;

    SimWrites(SimDatabase db, int uid) {
        this.db = db;
        this.uid = uid;
    }

    int create(SimModel model, JsonNode values) {
        checkAccess(model, "create");
        if (!values.isObject()) {
            throw OdooFault.valueError("create() expects a dict of values, not " + values.getNodeType());
        }
        Map<String, Object> row = new HashMap<>();
        List<Runnable> relations = new ArrayList<>();
        values.fields().forEachRemaining(e -> assign(model, row, e.getKey(), e.getValue(), relations));
        for (SimField field : model.fields.values()) {
            if (field.required() && (row.get(field.name()) == null || Boolean.FALSE.equals(row.get(field.name())))) {
                throw mandatory(model, field);
            }
        }
        row.put("id", model.records.isEmpty() ? 1 : model.records.lastKey() + 1);
        row.put("create_date", db.stamp());
        row.put("write_date", db.stamp());
        int id = model.insert(row);
        row.put("id", id);
        relations.forEach(Runnable::run);
        checkRecursion(model, id);
        return id;
    }

    void write(SimModel model, List<Integer> ids, JsonNode values) {
        checkAccess(model, "modify");
        for (Integer id : existing(model, ids)) {
            Map<String, Object> row = new LinkedHashMap<>(model.records.get(id));
            List<Runnable> relations = new ArrayList<>();
            values.fields().forEachRemaining(e -> assign(model, row, e.getKey(), e.getValue(), relations));
            for (SimField field : model.fields.values()) {
                if (field.required() && values.has(field.name())
                        && (row.get(field.name()) == null || Boolean.FALSE.equals(row.get(field.name())))) {
                    throw mandatory(model, field);
                }
            }
            model.records.put(id, row);
            checkRecursion(model, id);
            relations.forEach(Runnable::run);
            row.put("write_date", db.stamp());
        }
    }

    void unlink(SimModel model, List<Integer> ids) {
        checkAccess(model, "delete");
        ids = existing(model, ids);
        if (model.name.equals("res.partner")) {
            for (Map<String, Object> user : db.model("res.users").records.values()) {
                if (ids.contains(user.get("partner_id")) && Boolean.TRUE.equals(user.get("active"))) {
                    throw linkedToUser((String) user.get("name"), (Integer) user.get("id"));
                }
            }
        }
        ids.forEach(model.records::remove);
    }

    /**
     * The ids that exist. Odoo's ORM skips missing ids in write and unlink and answers true (E5, G3,
     * FA, FB); only models whose overrides read each record first — res.partner, through mail.thread's
     * tracking and access rules — raise MissingError (74, 75).
     */
    private List<Integer> existing(SimModel model, List<Integer> ids) {
        List<Integer> missing = ids.stream().filter(id -> !model.records.containsKey(id)).toList();
        if (!missing.isEmpty() && READS_RECORDS_FIRST.contains(model.name)) {
            throw OdooFault.missing(model.name, missing, uid);
        }
        return ids.stream().filter(model.records::containsKey).toList();
    }

    private void assign(SimModel model, Map<String, Object> row, String name, JsonNode value, List<Runnable> relations) {
        SimField field = model.field(name);
        if (field == null) {
            throw OdooFault.valueError("Invalid field '" + name + "' on model '" + model.name + "'");
        }
        if (READ_ONLY_FIELDS.contains(name)) {
            return;
        }
        if (field.isToMany()) {
            relations.add(() -> applyCommands(model, row, field, value));
            if (field.inverse() == null) {
                row.putIfAbsent(name, new ArrayList<Integer>());
            }
            return;
        }
        if ("many2one".equals(field.type())) {
            if (value.isIntegralNumber() && db.model(field.relation()) != null
                    && !db.model(field.relation()).records.containsKey(value.asInt())) {
                throw OdooFault.foreignKey(model, field);
            }
            row.put(name, value.isIntegralNumber() ? (Object) value.asInt() : null);
            return;
        }
        row.put(name, value.isNull() || value.isBoolean() && !value.asBoolean() && !"boolean".equals(field.type())
                ? null : SimDatabase.JSON.convertValue(value, Object.class));
    }

    /** Odoo's x2many commands, in order; a plain list of ids means [6, 0, ids]. */
    private void applyCommands(SimModel model, Map<String, Object> row, SimField field, JsonNode value) {
        int id = (Integer) row.get("id");
        SimModel target = db.model(field.relation());
        if (!value.isArray()) {
            throw OdooFault.valueError("Wrong value for " + model.name + "." + field.name() + ": " + value);
        }
        List<JsonNode> commands = new ArrayList<>();
        if (!value.isEmpty() && value.get(0).isIntegralNumber()) {
            commands.add(SimDatabase.JSON.createArrayNode().add(6).add(0).add(value));
        } else {
            value.forEach(commands::add);
        }
        for (JsonNode command : commands) {
            if (!command.isArray() || command.isEmpty() || !command.get(0).isIntegralNumber()) {
                throw OdooFault.valueError("Wrong value for " + model.name + "." + field.name() + ": " + command);
            }
            int code = command.get(0).asInt();
            int other = command.path(1).asInt(0);
            switch (code) {
                case 0 -> link(model, row, field, create(target, withInverse(field, command.get(2), id)));
                case 1 -> write(target, List.of(other), command.get(2));
                case 2 -> {
                    unlinkFrom(model, row, field, other);
                    unlink(target, List.of(other));
                }
                case 3 -> unlinkFrom(model, row, field, other);
                case 4 -> link(model, row, field, other);
                case 5 -> new ArrayList<>(SimDomain.ids(model.value(row, field))).forEach(o -> unlinkFrom(model, row, field, o));
                case 6 -> {
                    new ArrayList<>(SimDomain.ids(model.value(row, field))).forEach(o -> unlinkFrom(model, row, field, o));
                    command.get(2).forEach(o -> link(model, row, field, o.asInt()));
                }
                default -> throw OdooFault.valueError("Unknown command " + code);
            }
        }
    }

    private JsonNode withInverse(SimField field, JsonNode values, int id) {
        ObjectNode copy = values.deepCopy();
        if ("one2many".equals(field.type()) && field.inverse() != null) {
            copy.put(field.inverse(), id);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void link(SimModel model, Map<String, Object> row, SimField field, int other) {
        SimModel related = db.model(field.relation());
        if (related != null && !related.records.containsKey(other)) {
            throw OdooFault.foreignKey(model, field);
        }
        if (field.inverse() == null) {
            List<Integer> ids = (List<Integer>) row.get(field.name());
            if (!ids.contains(other)) {
                ids.add(other);
            }
            return;
        }
        Map<String, Object> target = db.model(field.relation()).records.get(other);
        SimField back = db.model(field.relation()).field(field.inverse());
        if ("many2one".equals(back.type())) {
            target.put(back.name(), row.get("id"));
        } else {
            List<Integer> ids = (List<Integer>) target.get(back.name());
            if (!ids.contains((Integer) row.get("id"))) {
                ids.add((Integer) row.get("id"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void unlinkFrom(SimModel model, Map<String, Object> row, SimField field, int other) {
        if (field.inverse() == null) {
            ((List<Integer>) row.get(field.name())).remove(Integer.valueOf(other));
            return;
        }
        Map<String, Object> target = db.model(field.relation()).records.get(other);
        if (target == null) {
            return;
        }
        SimField back = db.model(field.relation()).field(field.inverse());
        if ("many2one".equals(back.type())) {
            target.put(back.name(), null);
        } else {
            ((List<Integer>) target.get(back.name())).remove(row.get("id"));
        }
    }

    private void checkRecursion(SimModel model, int id) {
        SimField parent = model.field("parent_id");
        if (parent == null || !model.name.equals(parent.relation())) {
            return;
        }
        Set<Integer> seen = new java.util.HashSet<>();
        Integer current = id;
        while (current != null) {
            if (!seen.add(current)) {
                throw OdooFault.of("odoo.exceptions.UserError", "Recursion Detected.");
            }
            Map<String, Object> row = model.records.get(current);
            current = row == null ? null : (Integer) row.get("parent_id");
        }
    }

    private void checkAccess(SimModel model, String operation) {
        if (uid != SimDatabase.ADMIN && (ADMIN_WRITE_ONLY.contains(model.name) || model.adminOnly)) {
            String group = model.name.equals("res.users") ? "Administration/Access Rights" : "Administration/Settings";
            throw OdooFault.accessError("You are not allowed to " + operation + " '" + DESCRIPTIONS.getOrDefault(model.name, model.name)
                    + "' (" + model.name + ") records.\n\nThis operation is allowed for the following groups:\n\t- " + group
                    + "\n\nContact your administrator to request access if necessary.");
        }
    }

    private static OdooFault mandatory(SimModel model, SimField field) {
        String label = model.name.equals("res.partner.category") && field.name().equals("name") ? "Tag Name"
                : Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1).replace('_', ' ');
        return OdooFault.of("odoo.exceptions.ValidationError", "The operation cannot be completed:\n"
                + "- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: " + DESCRIPTIONS.getOrDefault(model.name, model.name) + " (" + model.name + ")\n"
                + "Field: " + label + " (" + field.name() + ")\n");
    }

    private static OdooFault linkedToUser(String userName, int userId) {
        String text = "You cannot delete contacts linked to an active user.\nYou should rather archive them after "
                + "archiving their associated user.\n\nLinked active users : " + userName;
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "ir.actions.act_window");
        action.put("res_model", "res.users");
        action.put("context", Map.of("create", false));
        action.put("view_mode", "form");
        action.put("views", List.of(List.of(162, "form")));
        action.put("res_id", userId);
        List<Object> arguments = new ArrayList<>();
        arguments.add(text);
        arguments.add(action);
        arguments.add("Go to users");
        arguments.add(null);
        return new OdooFault(200, "odoo.exceptions.RedirectWarning", text + "\n" + action + "\nGo to users\nNone", arguments);
    }
}
