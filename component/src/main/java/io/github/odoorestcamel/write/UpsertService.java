package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.List;

/**
 * Creates a record, or writes to the one whose key fields hold the given values (archived records
 * included): only the fields that differ are written, and nothing at all when none differs, so a
 * two-way sync does not bounce {@code write_date} back and forth. Several matches are a 409.
 */
public final class UpsertService {

    /** What an upsert did to the record. */
    public enum Action { CREATED, UPDATED, UNCHANGED }

    public record Result(long id, Action action) {
    }

    private final OdooClient odoo;
    private final FieldsCatalog catalog;
    private final WriteService writes;

    public UpsertService(OdooClient odoo, FieldsCatalog catalog, WriteService writes) {
        this.odoo = odoo;
        this.catalog = catalog;
        this.writes = writes;
    }

    public Result upsert(Caller user, String model, List<String> keys, JsonNode data, ObjectNode context) {
        ModelFields fields = catalog.fieldsOf(user, model);
        ObjectNode values = CommandExpander.expand(data, fields);
        ArrayNode domain = keyDomain(model, keys, values, fields);
        JsonNode matches = odoo.execute(user, model, "search_read", Json.NODES.arrayNode().add(domain),
                searchKwargs(values, context));
        if (!matches.isArray() || matches.isEmpty()) {
            return new Result(writes.create(user, model, new WriteRequest(values, context, null)), Action.CREATED);
        }
        if (matches.size() > 1) {
            throw new GatewayException(ErrorKind.CONCURRENT_UPDATE, "UpsertConflict", "Several records of " + model + " match "
                    + domain + ": an upsert key must name one record");
        }
        JsonNode record = matches.get(0);
        long id = record.path("id").asLong();
        ObjectNode changed = ChangedValues.of(record, values, fields);
        if (changed.isEmpty()) {
            return new Result(id, Action.UNCHANGED);
        }
        writes.writeChecked(user, fields, Json.NODES.arrayNode().add(id), changed, context);
        return new Result(id, Action.UPDATED);
    }

    private static ArrayNode keyDomain(String model, List<String> keys, ObjectNode values, ModelFields fields) {
        if (keys.isEmpty()) {
            throw GatewayException.badRequest("An upsert needs a key: one or more field names");
        }
        ArrayNode domain = Json.NODES.arrayNode();
        for (String key : keys) {
            fields.require(key);
            JsonNode value = values.get(key);
            if (value == null || value.isNull() || value.isBoolean() && !value.asBoolean() || value.asText().isEmpty()
                    || value.isContainerNode()) {
                throw GatewayException.badRequest("The upsert key field '" + key + "' has no value in the record for " + model);
            }
            domain.addArray().add(key).add("=").add(value);
        }
        return domain;
    }

    private static ObjectNode searchKwargs(ObjectNode values, ObjectNode context) {
        ObjectNode kwargs = Json.NODES.objectNode();
        ArrayNode names = kwargs.putArray("fields");
        values.fieldNames().forEachRemaining(names::add);
        kwargs.put("limit", 2);
        ObjectNode withArchived = context == null ? Json.NODES.objectNode() : context.deepCopy();
        withArchived.put("active_test", false);
        kwargs.set("context", withArchived);
        return kwargs;
    }
}
