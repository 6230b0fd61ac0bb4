package io.github.odoorestcamel.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A simulated Odoo model: its fields, its rows and its default order. */
final class SimModel {

    final String name;
    final Map<String, SimField> fields = new LinkedHashMap<>();
    final TreeMap<Integer, Map<String, Object>> records = new TreeMap<>();
    final String defaultOrder;
    final boolean adminOnly;
    private final SimDatabase db;
    private int nextId = 1;

    SimModel(SimDatabase db, String name, String defaultOrder, boolean adminOnly, List<SimField> declared) {
        this.db = db;
        this.name = name;
        this.defaultOrder = defaultOrder;
        this.adminOnly = adminOnly;
        for (SimField field : declared) {
            fields.put(field.name(), field);
        }
        fields.put("id", SimField.of("id", "integer"));
        fields.put("display_name", SimField.of("display_name", "char"));
        fields.put("create_uid", SimField.many2one("create_uid", "res.users"));
        fields.put("create_date", SimField.of("create_date", "datetime"));
        fields.put("write_uid", SimField.many2one("write_uid", "res.users"));
        fields.put("write_date", SimField.of("write_date", "datetime"));
    }

    SimField field(String fieldName) {
        return fields.get(fieldName);
    }

    boolean hasActive() {
        return fields.containsKey("active");
    }

    int insert(Map<String, Object> values) {
        int id = values.containsKey("id") ? (Integer) values.get("id") : nextId;
        nextId = Math.max(nextId, id + 1);
        Map<String, Object> row = new LinkedHashMap<>();
        for (SimField field : fields.values()) {
            if (field.inverse() == null && !field.name().equals("display_name")) {
                row.put(field.name(), field.isToMany() ? new ArrayList<Integer>() : null);
            }
        }
        if (hasActive()) {
            row.put("active", Boolean.TRUE);
        }
        row.put("create_uid", 1);
        row.put("write_uid", 1);
        row.put("create_date", "2026-11-27 01:47:17");
        row.put("write_date", "2026-11-27 01:47:59");
        row.putAll(values);
        row.put("id", id);
        records.put(id, row);
        return id;
    }

    /** The stored or computed value of a field; x2many as a list of ids, many2one as an id or null. */
    Object value(Map<String, Object> record, SimField field) {
        if (field.name().equals("display_name")) {
            return displayName((Integer) record.get("id"));
        }
        if (field.inverse() == null) {
            return record.get(field.name());
        }
        int id = (Integer) record.get("id");
        SimModel other = db.model(field.relation());
        SimField back = other.field(field.inverse());
        List<Integer> ids = new ArrayList<>();
        for (Map<String, Object> row : other.records.values()) {
            Object value = row.get(back.name());
            if (SimDomain.ids(value).contains(id) && (!other.hasActive() || Boolean.TRUE.equals(row.get("active")))) {
                ids.add((Integer) row.get("id"));
            }
        }
        return ids;
    }

    String displayName(Integer id) {
        Map<String, Object> row = records.get(id);
        if (row == null) {
            return null;
        }
        Object label = row.containsKey("name") ? row.get("name") : row.containsKey("key") ? row.get("key") : null;
        if (label == null) {
            return name + "," + id;
        }
        Object parent = name.equals("res.partner") ? row.get("parent_id") : null;
        return parent instanceof Integer parentId && records.containsKey(parentId)
                ? displayName(parentId) + ", " + label : String.valueOf(label);
    }

    Comparator<Map<String, Object>> comparator(String order) {
        String clause = order == null || order.isBlank() ? defaultOrder : order;
        Comparator<Map<String, Object>> comparator = null;
        for (String term : clause.split(",")) {
            String[] parts = term.strip().split("\\s+");
            SimField field = field(parts[0]);
            if (field == null) {
                throw OdooFault.valueError("Invalid field '" + parts[0] + "' on model '" + name + "'");
            }
            boolean descending = parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).equals("desc");
            Comparator<Map<String, Object>> next = Comparator.comparing(r -> sortKey(r, field), SimModel::compareKeys);
            if (descending) {
                next = next.reversed();
            }
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        return comparator;
    }

    private Comparable<?> sortKey(Map<String, Object> record, SimField field) {
        Object value = value(record, field);
        if (value == null || Boolean.FALSE.equals(value) && !"boolean".equals(field.type())) {
            return null;
        }
        if ("many2one".equals(field.type())) {
            String label = db.model(field.relation()).displayName((Integer) value);
            return label == null ? "" : label.toLowerCase(Locale.ROOT);
        }
        if (value instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value instanceof Comparable<?> c ? c : String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Comparable a, Comparable b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
