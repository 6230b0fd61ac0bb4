package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write API. Each request is checked whole against the caller's fields before Odoo is asked
 * to change anything, and then changes Odoo with one call ({@code create}, {@code write} or
 * {@code unlink}). Since Odoo's write and unlink skip a missing id silently, the record written by
 * id, and any record the values link to, is first looked up with one {@code search} per model; by
 * filter, a {@code search} finds the records. Odoo's errors are reported, never hidden.
 */
public final class WriteService {

    private final OdooClient odoo;
    private final FieldsCatalog catalog;
    private final ReadService reads;

    public WriteService(OdooClient odoo, FieldsCatalog catalog, ReadService reads) {
        this.odoo = odoo;
        this.catalog = catalog;
        this.reads = reads;
    }

    public long create(Caller user, String model, WriteRequest request) {
        ModelFields fields = catalog.fieldsOf(user, model);
        ObjectNode values = CommandExpander.expand(request.data(), fields);
        requireRelated(user, values, fields, request.context());
        return id(odoo.execute(user, model, "create", Json.NODES.arrayNode().add(values), kwargs(request.context())));
    }

    /** Creates every record in one {@code create} call; nothing is sent unless every value map is valid. */
    public List<Long> createAll(Caller user, String model, List<JsonNode> data, ObjectNode context) {
        ModelFields fields = catalog.fieldsOf(user, model);
        ArrayNode valuesList = Json.NODES.arrayNode();
        data.forEach(values -> valuesList.add(CommandExpander.expand(values, fields)));
        for (JsonNode values : valuesList) {
            requireRelated(user, (ObjectNode) values, fields, context);
        }
        JsonNode ids = odoo.execute(user, model, "create", Json.NODES.arrayNode().add(valuesList), kwargs(context));
        if (!ids.isArray() || ids.size() != data.size()) {
            throw new GatewayException(ErrorKind.UNREACHABLE, "BadGateway",
                    "Odoo's create answered " + ids.getNodeType() + " instead of " + data.size() + " ids");
        }
        List<Long> created = new ArrayList<>();
        ids.forEach(id -> created.add(id(id)));
        return created;
    }

    /** Writes one record; 404 when it does not exist (Odoo's write skips a missing id and answers true: E5, FA). */
    public void update(Caller user, String model, int id, WriteRequest request) {
        updateIds(user, model, List.of(id), request.data(), request.context());
    }

    /** Writes the same values to the records of the ids; 404 naming those that do not exist. */
    public void updateIds(Caller user, String model, List<Integer> ids, JsonNode data, ObjectNode context) {
        ModelFields fields = catalog.fieldsOf(user, model);
        ObjectNode values = CommandExpander.expand(data, fields);
        requireExisting(user, model, ids, context);
        writeChecked(user, fields, idsNode(ids), values, context);
    }

    /** Writes expanded values once the records they link to are known to exist. */
    void writeChecked(Caller user, ModelFields fields, ArrayNode ids, ObjectNode values, ObjectNode context) {
        requireRelated(user, values, fields, context);
        write(user, fields.model(), ids, values, context);
    }

    /** Writes to every record the filter matches; the number of records written. */
    public int updateWhere(Caller user, String model, WriteRequest request) {
        if (request.filter() == null) {
            throw GatewayException.badRequest("`filter` is required to update by filter (or use PUT /api/{model}/{id}/)");
        }
        ModelFields fields = catalog.fieldsOf(user, model);
        ObjectNode values = CommandExpander.expand(request.data(), fields);
        requireRelated(user, values, fields, request.context());
        ArrayNode ids = search(user, fields, request.filter(), request.context());
        if (!ids.isEmpty()) {
            write(user, model, ids, values, request.context());
        }
        return ids.size();
    }

    /** Deletes one record; 404 when it does not exist (Odoo's unlink of a missing id answers true: E5, G3, FB). */
    public void delete(Caller user, String model, int id) {
        deleteIds(user, model, List.of(id), null);
    }

    /** Deletes the records of the ids; 404 naming those that do not exist. */
    public void deleteIds(Caller user, String model, List<Integer> ids, ObjectNode context) {
        requireExisting(user, model, ids, context);
        odoo.execute(user, model, "unlink", Json.NODES.arrayNode().add(idsNode(ids)), kwargs(context));
    }

    /** Deletes every record the filter matches; the number of records deleted. */
    public int deleteWhere(Caller user, String model, ArrayNode filter, ObjectNode context) {
        ArrayNode ids = search(user, catalog.fieldsOf(user, model), filter, context);
        if (!ids.isEmpty()) {
            odoo.execute(user, model, "unlink", Json.NODES.arrayNode().add(ids), kwargs(context));
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

    private void requireExisting(Caller user, String model, List<Integer> ids, ObjectNode context) {
        Set<Long> found = existing(user, model, ids, context);
        List<Integer> missing = ids.stream().filter(id -> !found.contains(id.longValue())).toList();
        if (!missing.isEmpty()) {
            throw GatewayException.notFound("Record does not exist or has been deleted.\n(Record: " + model + "("
                    + String.join(", ", missing.stream().map(String::valueOf).toList()) + ",))");
        }
    }

    /** Every record the values link to must exist: a missing one is named, and nothing is written. */
    private void requireRelated(Caller user, ObjectNode values, ModelFields fields, ObjectNode context) {
        for (var related : RelatedIds.of(values, fields).entrySet()) {
            Set<Integer> wanted = new TreeSet<>();
            related.getValue().values().forEach(wanted::addAll);
            Set<Long> found = existing(user, related.getKey(), wanted, context);
            related.getValue().forEach((field, ids) -> {
                List<Integer> missing = ids.stream().filter(id -> !found.contains(id.longValue())).toList();
                if (!missing.isEmpty()) {
                    throw new GatewayException(ErrorKind.VALIDATION, "odoo.exceptions.ValidationError", "Field '" + field
                            + "' links to " + related.getKey() + " record(s) that do not exist: " + missing, null, "ValidationError");
                }
            });
        }
    }

    /** The ids among these that exist and the caller may see, archived ones included. */
    private Set<Long> existing(Caller user, String model, Collection<Integer> ids, ObjectNode context) {
        return reads.existing(user, model, ids, QueryBlock.ID_ONLY, context).keySet();
    }

    private void write(Caller user, String model, ArrayNode ids, ObjectNode values, ObjectNode context) {
        JsonNode result = odoo.execute(user, model, "write", Json.NODES.arrayNode().add(ids).add(values), kwargs(context));
        if (!result.asBoolean(false)) {
            throw new GatewayException(ErrorKind.VALIDATION, "UserError",
                    "Odoo did not write the record(s)");
        }
    }

    private static ArrayNode idsNode(List<Integer> ids) {
        ArrayNode node = Json.NODES.arrayNode();
        ids.forEach(node::add);
        return node;
    }

    private static long id(JsonNode id) {
        if (!id.canConvertToLong()) {
            throw new GatewayException(ErrorKind.UNREACHABLE, "BadGateway",
                    "Odoo's create answered " + id.getNodeType() + " instead of an id");
        }
        return id.asLong();
    }

    private static ObjectNode kwargs(ObjectNode context) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("context", context == null ? Json.NODES.objectNode() : context.deepCopy());
        return kwargs;
    }
}
