package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The simulated database: models, demo rows, and Odoo's read methods over them. */
final class SimDatabase {

    static final int ADMIN = 2;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Odoo's datetime columns: PostgreSQL keeps microseconds, the ORM reads whole seconds (transcripts E1, E2). */
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final int SECONDS_LENGTH = "yyyy-MM-dd HH:mm:ss".length();

    private final Map<String, SimModel> models = new LinkedHashMap<>();
    /** Record rules: per model and uid, the domain the user's searches are narrowed to. */
    private final Map<String, Map<Integer, JsonNode>> rules = new HashMap<>();
    /** The start of the current transaction: what create and write stamp into create_date/write_date (E0, E4). */
    private String transactionStart;

    SimDatabase() {
        SimDemoData.load(this);
    }

    /** Starts a transaction; every record it touches gets this time as its write_date, even if it commits much later. */
    void begin(Instant start) {
        transactionStart = STORED.format(LocalDateTime.ofInstant(start.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    /** The write_date of the records the current transaction touches, as stored (with microseconds). */
    String stamp() {
        return transactionStart;
    }

    SimModel define(String name, String order, boolean adminOnly, SimField... fields) {
        SimModel model = new SimModel(this, name, order, adminOnly, List.of(fields));
        models.put(name, model);
        return model;
    }

    /** A deep copy of every row, to roll a failed call back as Odoo's transaction would. */
    Map<String, Map<Integer, Map<String, Object>>> snapshot() {
        Map<String, Map<Integer, Map<String, Object>>> copy = new LinkedHashMap<>();
        models.forEach((name, model) -> {
            Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
            model.records.forEach((id, row) -> {
                Map<String, Object> values = new LinkedHashMap<>();
                row.forEach((k, v) -> values.put(k, v instanceof List<?> list ? new ArrayList<>(list) : v));
                rows.put(id, values);
            });
            copy.put(name, rows);
        });
        return copy;
    }

    void restore(Map<String, Map<Integer, Map<String, Object>>> snapshot) {
        snapshot.forEach((name, rows) -> {
            SimModel model = models.get(name);
            model.records.clear();
            model.records.putAll(rows);
        });
    }

    SimModel model(String name) {
        return models.get(name);
    }

    /** The model as the user may use it: unknown → KeyError, forbidden → AccessError. */
    SimModel access(String name, int uid) {
        SimModel model = models.get(name);
        if (model == null) {
            throw OdooFault.unknownModel(name);
        }
        if (model.adminOnly && uid != ADMIN) {
            throw OdooFault.accessError("You are not allowed to access '" + name + "' (" + name + ") records.\n\n"
                    + "This operation is allowed for the following groups:\n\t- Administration/Settings\n\n"
                    + "Contact your administrator to request access if necessary.");
        }
        return model;
    }

    SimField readableField(SimModel model, String name, int uid) {
        SimField field = model.field(name);
        if (field == null) {
            throw OdooFault.invalidField(model.name, name);
        }
        if (field.adminOnly() && uid != ADMIN) {
            throw OdooFault.accessError("The requested operation can not be completed due to security restrictions.\n\n"
                    + "Document type: " + model.name + "\nOperation: read\nUser: " + uid + "\nFields:\n- " + name);
        }
        return field;
    }

    void restrict(String model, int uid, JsonNode domain) {
        rules.computeIfAbsent(model, m -> new HashMap<>()).put(uid, domain);
    }

    /** The user's search, narrowed by the user's record rule on the model as Odoo's ir.rule narrows it. */
    List<Integer> search(SimModel model, JsonNode domain, JsonNode context, int offset, Integer limit, String order, int uid) {
        JsonNode rule = rules.getOrDefault(model.name, Map.of()).get(uid);
        if (rule == null) {
            return search(model, domain, context, offset, limit, order);
        }
        // two domains side by side are both required (Odoo's implicit "&")
        ArrayNode both = JSON.createArrayNode().addAll((ArrayNode) rule);
        if (domain != null && domain.isArray()) {
            both.addAll((ArrayNode) domain);
        }
        return search(model, both, context, offset, limit, order);
    }

    List<Integer> search(SimModel model, JsonNode domain, JsonNode context, int offset, Integer limit, String order) {
        Predicate<Map<String, Object>> filter = SimDomain.compile(this, model, domain);
        boolean activeTest = context == null || !context.has("active_test") || context.get("active_test").asBoolean();
        if (model.hasActive() && activeTest && !SimDomain.mentions(domain, "active")) {
            filter = filter.and(r -> Boolean.TRUE.equals(r.get("active")));
        }
        if (limit != null && ("id".equals(order) || "id asc".equals(order))) {
            return byId(model, domain, filter, offset + limit).stream().skip(offset).toList();
        }
        List<Map<String, Object>> rows = new ArrayList<>(model.records.values().stream().filter(filter).toList());
        rows.sort(model.comparator(order));
        List<Integer> ids = new ArrayList<>();
        for (int i = offset; i < rows.size() && (limit == null || ids.size() < limit); i++) {
            ids.add((Integer) rows.get(i).get("id"));
        }
        return ids;
    }

    /**
     * The first {@code count} matches in id order, read from the primary key on as PostgreSQL does
     * (Odoo's tables are indexed by id only): a leading {@code ["id", ">", n]}, which every match
     * satisfies, starts the walk after n, so a keyset page costs its own rows, not the table's.
     */
    private static List<Integer> byId(SimModel model, JsonNode domain, Predicate<Map<String, Object>> filter, int count) {
        JsonNode first = domain != null && domain.isArray() && !domain.isEmpty() ? domain.get(0) : null;
        boolean after = first != null && first.isArray() && first.size() == 3 && "id".equals(first.get(0).asText())
                && ">".equals(first.get(1).asText()) && first.get(2).canConvertToInt();
        Map<Integer, Map<String, Object>> from = after ? model.records.tailMap(first.get(2).asInt(), false) : model.records;
        List<Integer> ids = new ArrayList<>();
        for (Map<String, Object> row : from.values()) {
            if (ids.size() >= count) {
                break;
            }
            if (filter.test(row)) {
                ids.add((Integer) row.get("id"));
            }
        }
        return ids;
    }

    /** {@code read}: many2one as {@code [id, name]} (or the bare id when {@code classic} is false). */
    ArrayNode read(SimModel model, List<Integer> ids, List<String> fieldNames, int uid, boolean classic) {
        List<SimField> fields = new ArrayList<>();
        for (String name : fieldNames.isEmpty() ? visibleFieldNames(model, uid) : fieldNames) {
            fields.add(readableField(model, name, uid));
        }
        ArrayNode rows = JSON.createArrayNode();
        for (Integer id : ids) {
            Map<String, Object> record = model.records.get(id);
            if (record == null) {
                continue;
            }
            ObjectNode row = rows.addObject();
            row.put("id", id);
            for (SimField field : fields) {
                row.set(field.name(), render(model, record, field, classic));
            }
        }
        return rows;
    }

    private JsonNode render(SimModel model, Map<String, Object> record, SimField field, boolean classic) {
        Object value = model.value(record, field);
        if ("many2one".equals(field.type())) {
            if (value == null) {
                return JSON.getNodeFactory().booleanNode(false);
            }
            if (!classic) {
                return JSON.getNodeFactory().numberNode((Integer) value);
            }
            ArrayNode pair = JSON.createArrayNode().add((Integer) value);
            return pair.add(model(field.relation()).displayName((Integer) value));
        }
        if (value == null) {
            return JSON.getNodeFactory().booleanNode(false);
        }
        if ("datetime".equals(field.type()) && value instanceof String stored && stored.length() > SECONDS_LENGTH) {
            return JSON.getNodeFactory().textNode(stored.substring(0, SECONDS_LENGTH));
        }
        return JSON.valueToTree(value);
    }

    List<String> visibleFieldNames(SimModel model, int uid) {
        return model.fields.values().stream().filter(f -> !f.adminOnly() || uid == ADMIN).map(SimField::name).toList();
    }

    /** Odoo 17's {@code web_read}: a nested specification, x2many {@code limit}/{@code order}. */
    ArrayNode webRead(SimModel model, List<Integer> ids, JsonNode specification, int uid) {
        List<String> names = new ArrayList<>();
        specification.fieldNames().forEachRemaining(names::add);
        ArrayNode rows = read(model, ids, names, uid, false);
        for (String name : names) {
            SimField field = model.field(name);
            JsonNode spec = specification.get(name);
            if (!field.isRelational() || !spec.has("fields")) {
                continue;
            }
            SimModel target = model(field.relation());
            if ("many2one".equals(field.type())) {
                for (JsonNode row : rows) {
                    JsonNode id = row.get(name);
                    if (id.isInt()) {
                        ArrayNode related = webRead(target, List.of(id.asInt()), spec.get("fields"), uid);
                        ((ObjectNode) row).set(name, related.isEmpty()
                                ? JSON.createObjectNode().put("id", id.asInt()) : related.get(0));
                    }
                }
                continue;
            }
            expandToMany(rows, name, target, spec, uid);
        }
        return rows;
    }

    private void expandToMany(ArrayNode rows, String name, SimModel target, JsonNode spec, int uid) {
        Map<Integer, Integer> rank = null;
        if (spec.hasNonNull("order")) {
            List<Integer> all = new ArrayList<>();
            rows.forEach(r -> r.get(name).forEach(id -> all.add(id.asInt())));
            ArrayNode domain = JSON.createArrayNode();
            domain.addArray().add("id").add("in").add(JSON.valueToTree(all));
            List<Integer> ordered = search(target, domain, JSON.createObjectNode().put("active_test", false), 0, null,
                    spec.get("order").asText());
            rank = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                rank.put(ordered.get(i), i);
            }
        }
        Integer limit = spec.hasNonNull("limit") ? spec.get("limit").asInt() : null;
        List<Integer> toRead = new ArrayList<>();
        Map<Integer, List<Integer>> perRow = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> ids = new ArrayList<>();
            rows.get(r).get(name).forEach(id -> ids.add(id.asInt()));
            if (rank != null) {
                Map<Integer, Integer> order = rank;
                ids.sort((a, b) -> Integer.compare(order.getOrDefault(a, Integer.MAX_VALUE), order.getOrDefault(b, Integer.MAX_VALUE)));
            }
            perRow.put(r, ids);
            for (int i = 0; i < ids.size() && (limit == null || i < limit); i++) {
                if (!toRead.contains(ids.get(i))) {
                    toRead.add(ids.get(i));
                }
            }
        }
        Map<Integer, JsonNode> data = new LinkedHashMap<>();
        webRead(target, toRead, spec.get("fields"), uid).forEach(v -> data.put(v.get("id").asInt(), v));
        for (Map.Entry<Integer, List<Integer>> entry : perRow.entrySet()) {
            ArrayNode list = JSON.createArrayNode();
            for (Integer id : entry.getValue()) {
                list.add(data.containsKey(id) ? data.get(id) : JSON.createObjectNode().put("id", id));
            }
            ((ObjectNode) rows.get(entry.getKey())).set(name, list);
        }
    }

    ObjectNode fieldsGet(SimModel model, int uid, JsonNode attributes) {
        ObjectNode out = JSON.createObjectNode();
        for (SimField field : model.fields.values()) {
            if (field.adminOnly() && uid != ADMIN) {
                continue;
            }
            ObjectNode description = JSON.createObjectNode();
            description.put("type", field.type());
            if (field.relation() != null) {
                description.put("relation", field.relation());
            }
            description.put("string", field.name());
            description.put("required", field.required());
            description.put("readonly", field.inverse() != null);
            description.put("store", !field.name().equals("display_name"));
            if (field.type().equals("selection")) {
                ArrayNode choices = description.putArray("selection");
                field.choices().forEach(choice -> choices.addArray().add(choice.get(0)).add(choice.get(1)));
            }
            if (attributes != null && attributes.isArray() && !attributes.isEmpty()) {
                List<String> wanted = new ArrayList<>();
                attributes.forEach(a -> wanted.add(a.asText()));
                description.retain(wanted);
            }
            out.set(field.name(), description);
        }
        return out;
    }
}
