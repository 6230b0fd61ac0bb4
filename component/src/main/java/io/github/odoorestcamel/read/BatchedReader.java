package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Odoo 16 (no {@code specification}): {@code search_read} for the rows, {@code search_count} only
 * when the page does not tell the total, then ONE {@code read} per nested relation per level,
 * whatever the number of records, whose answers are embedded into {@code web_read} form.
 */
public final class BatchedReader implements ReadStrategy {

    private final OdooClient odoo;

    public BatchedReader(OdooClient odoo) {
        this.odoo = odoo;
    }

    @Override
    public RecordPage list(Caller user, ListCall call) {
        ArrayNode args = Json.NODES.arrayNode();
        args.add(call.domain());
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("fields", fieldNames(call.selection()));
        kwargs.put("offset", call.offset());
        kwargs.put("limit", call.limit());
        if (call.order() != null) {
            kwargs.put("order", call.order());
        }
        kwargs.set("context", call.context());
        ArrayNode records = fetch(user, call.selection(), "search_read", args, kwargs);
        long total = !call.counted() || records.size() < call.limit() && (!records.isEmpty() || call.offset() == 0)
                ? call.offset() + records.size()
                : SearchCount.of(odoo, user, call.selection().model(), call.domain(), call.context());
        embed(user, records, call.selection(), call.context());
        return new RecordPage(records, total);
    }

    @Override
    public Optional<JsonNode> one(Caller user, FieldSelection selection, int id, ObjectNode context) {
        List<Integer> ids = List.of(id);
        ArrayNode records = read(user, selection, ids, null, context);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        embed(user, records, selection, context);
        return Optional.of(records.get(0));
    }

    private void embed(Caller user, ArrayNode records, FieldSelection selection, ObjectNode context) {
        for (SelectedField field : selection.nestedFields()) {
            Set<Integer> ids = relatedIds(records, field);
            Map<Integer, JsonNode> byId = new HashMap<>();
            List<Integer> order = new ArrayList<>();
            if (!ids.isEmpty()) {
                ArrayNode related = read(user, field.nested(), new ArrayList<>(ids), field.order(), context);
                embed(user, related, field.nested(), context);
                related.forEach(r -> {
                    byId.put(r.get("id").asInt(), r);
                    order.add(r.get("id").asInt());
                });
            }
            for (JsonNode record : records) {
                ObjectNode target = (ObjectNode) record;
                JsonNode value = target.get(field.name());
                target.set(field.name(), field.info().isToMany()
                        ? relatedList(value, byId, field.order() == null ? null : order)
                        : relatedOne(value, byId));
            }
        }
    }

    private static Set<Integer> relatedIds(ArrayNode records, SelectedField field) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (JsonNode record : records) {
            JsonNode value = record.get(field.name());
            if (field.info().isToMany() && value != null && value.isArray()) {
                int max = field.limit() != null && field.order() == null ? field.limit() : Integer.MAX_VALUE;
                for (int i = 0; i < value.size() && i < max; i++) {
                    ids.add(value.get(i).asInt());
                }
            } else if (value != null && value.canConvertToInt()) {
                ids.add(value.asInt());
            }
        }
        return ids;
    }

    private static JsonNode relatedOne(JsonNode id, Map<Integer, JsonNode> byId) {
        if (id == null || !id.canConvertToInt()) {
            return BooleanNode.FALSE;
        }
        JsonNode record = byId.get(id.asInt());
        return record != null ? record : Json.NODES.objectNode().put("id", id.asInt());
    }

    private static ArrayNode relatedList(JsonNode ids, Map<Integer, JsonNode> byId, List<Integer> order) {
        ArrayNode list = Json.NODES.arrayNode();
        if (ids == null || !ids.isArray()) {
            return list;
        }
        List<Integer> wanted = new ArrayList<>();
        ids.forEach(id -> wanted.add(id.asInt()));
        if (order != null) {
            wanted.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
        }
        for (Integer id : wanted) {
            JsonNode record = byId.get(id);
            list.add(record != null ? record : Json.NODES.objectNode().put("id", id));
        }
        return list;
    }

    private static int rank(List<Integer> order, int id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** {@code read} of the ids, or {@code search_read} on them when an order is asked for. */
    private ArrayNode read(Caller user, FieldSelection selection, List<Integer> ids, String order, ObjectNode context) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("fields", fieldNames(selection));
        ArrayNode idList = Json.NODES.arrayNode();
        ids.forEach(idList::add);
        ArrayNode args = Json.NODES.arrayNode();
        String method;
        if (order == null) {
            method = "read";
            args.add(idList);
            kwargs.set("context", context);
        } else {
            method = "search_read";
            ArrayNode domain = args.addArray();
            domain.addArray().add("id").add("in").add(idList);
            kwargs.put("order", order);
            kwargs.set("context", context.deepCopy().put("active_test", false));
        }
        return fetch(user, selection, method, args, kwargs);
    }

    private ArrayNode fetch(Caller user, FieldSelection selection, String method, ArrayNode args, ObjectNode kwargs) {
        ArrayNode records = OdooAnswers.list(odoo.execute(user, selection.model(), method, args, kwargs), method);
        records.forEach(r -> normaliseMany2one((ObjectNode) r, selection));
        return records;
    }

    private static void normaliseMany2one(ObjectNode record, FieldSelection selection) {
        for (SelectedField field : selection.fields()) {
            JsonNode value = record.get(field.name());
            if (field.info().isMany2one() && value != null && value.isArray()) {
                record.set(field.name(), value.isEmpty() ? BooleanNode.FALSE : value.get(0));
            }
        }
    }

    private static ArrayNode fieldNames(FieldSelection selection) {
        ArrayNode names = Json.NODES.arrayNode();
        selection.fields().forEach(f -> names.add(f.name()));
        if (names.isEmpty()) {
            names.add("id");
        }
        return names;
    }
}
