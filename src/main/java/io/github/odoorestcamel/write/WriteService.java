package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.read.DomainFilter;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The write API. Each request is checked whole against the caller's fields before Odoo is asked
 * to change anything, and then changes Odoo with one call ({@code create}, {@code write} or
 * {@code unlink}; by filter, a {@code search} first). Odoo's errors are reported, never hidden.
 */
public final class WriteService {

    private final OdooClient odoo;
    private final FieldsCatalog catalog;

    public WriteService(OdooClient odoo, FieldsCatalog catalog) {
        this.odoo = odoo;
        this.catalog = catalog;
    }

    public long create(Caller user, String model, WriteRequest request) {
        ObjectNode values = CommandExpander.expand(request.data(), catalog.fieldsOf(user, model));
        return id(odoo.execute(user, model, "create", Json.NODES.arrayNode().add(values), kwargs(request.context())));
    }

    /** Creates every record in one {@code create} call; nothing is sent unless every value map is valid. */
    public List<Long> createAll(Caller user, String model, List<JsonNode> data, ObjectNode context) {
        ModelFields fields = catalog.fieldsOf(user, model);
        ArrayNode valuesList = Json.NODES.arrayNode();
        data.forEach(values -> valuesList.add(CommandExpander.expand(values, fields)));
        JsonNode ids = odoo.execute(user, model, "create", Json.NODES.arrayNode().add(valuesList), kwargs(context));
        if (!ids.isArray() || ids.size() != data.size()) {
            throw new GatewayException(ErrorKind.BAD_GATEWAY, "BadGateway",
                    "Odoo's create answered " + ids.getNodeType() + " instead of " + data.size() + " ids");
        }
        List<Long> created = new ArrayList<>();
        ids.forEach(id -> created.add(id(id)));
        return created;
    }

    public void update(Caller user, String model, int id, WriteRequest request) {
        updateIds(user, model, Json.NODES.arrayNode().add(id), request.data(), request.context());
    }

    /** Writes the same values to the records of the ids. */
    public void updateIds(Caller user, String model, ArrayNode ids, JsonNode data, ObjectNode context) {
        ObjectNode values = CommandExpander.expand(data, catalog.fieldsOf(user, model));
        write(user, model, ids, values, context);
    }

    /** Writes to every record the filter matches; the number of records written. */
    public int updateWhere(Caller user, String model, WriteRequest request) {
        if (request.filter() == null) {
            throw GatewayException.badRequest("`filter` is required to update by filter (or use PUT /api/{model}/{id}/)");
        }
        ModelFields fields = catalog.fieldsOf(user, model);
        ObjectNode values = CommandExpander.expand(request.data(), fields);
        ArrayNode ids = search(user, fields, request.filter(), request.context());
        if (!ids.isEmpty()) {
            write(user, model, ids, values, request.context());
        }
        return ids.size();
    }

    public void delete(Caller user, String model, int id) {
        deleteIds(user, model, Json.NODES.arrayNode().add(id), null);
    }

    public void deleteIds(Caller user, String model, ArrayNode ids, ObjectNode context) {
        odoo.execute(user, model, "unlink", Json.NODES.arrayNode().add(ids), kwargs(context));
    }

    /** Deletes every record the filter matches; the number of records deleted. */
    public int deleteWhere(Caller user, String model, ArrayNode filter, ObjectNode context) {
        ArrayNode ids = search(user, catalog.fieldsOf(user, model), filter, context);
        if (!ids.isEmpty()) {
            deleteIds(user, model, ids, context);
        }
        return ids.size();
    }

    private ArrayNode search(Caller user, ModelFields fields, ArrayNode filter, ObjectNode context) {
        if (filter.isEmpty()) {
            throw GatewayException.badRequest("`filter` must not be empty: it would match every record");
        }
        DomainFilter.checkFields(filter, fields);
        JsonNode ids = odoo.execute(user, fields.model(), "search", Json.NODES.arrayNode().add(filter), kwargs(context));
        return ids.isArray() ? (ArrayNode) ids : Json.NODES.arrayNode();
    }

    void write(Caller user, String model, ArrayNode ids, ObjectNode values, ObjectNode context) {
        JsonNode result = odoo.execute(user, model, "write", Json.NODES.arrayNode().add(ids).add(values), kwargs(context));
        if (!result.asBoolean(false)) {
            throw new GatewayException(ErrorKind.UNPROCESSABLE, "UserError",
                    "Odoo did not write the record(s)");
        }
    }

    private static long id(JsonNode id) {
        if (!id.canConvertToLong()) {
            throw new GatewayException(ErrorKind.BAD_GATEWAY, "BadGateway",
                    "Odoo's create answered " + id.getNodeType() + " instead of an id");
        }
        return id.asLong();
    }

    static ObjectNode kwargs(ObjectNode context) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("context", context == null ? Json.NODES.objectNode() : context);
        return kwargs;
    }
}
