package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The model methods of call_kw, with Odoo's positional-or-keyword arguments. */
final class SimMethods {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SimDatabase db;
    private final int major;
    private final int uid;

    SimMethods(SimDatabase db, int major, int uid) {
        this.db = db;
        this.major = major;
        this.uid = uid;
    }

    JsonNode call(String modelName, String method, ArrayNode args, JsonNode kwargs) {
        if (major >= 18 && db.model(modelName) == null) {
            throw OdooFault.urlNotFound();
        }
        SimModel model = db.access(modelName, uid);
        if (method.startsWith("_")) {
            throw OdooFault.accessError("Private methods (such as " + method + ") cannot be called remotely.");
        }
        return switch (method) {
            case "fields_get" -> db.fieldsGet(model, uid, arg(args, kwargs, 1, "attributes"));
            case "search_read" -> searchRead(model, args, kwargs);
            case "read" -> db.read(model, ids(arg(args, kwargs, 0, "ids")), names(arg(args, kwargs, 1, "fields")), uid,
                    !kwargs.has("load") || !kwargs.get("load").isNull());
            case "search_count" -> NODES.numberNode(search(model, arg(args, kwargs, 0, "domain"), kwargs, 0, null, null).size());
            case "search" -> idsNode(search(model, arg(args, kwargs, 0, "domain"), kwargs,
                    arg(args, kwargs, 1, "offset").asInt(0), limit(arg(args, kwargs, 2, "limit")), text(arg(args, kwargs, 3, "order"))));
            case "web_search_read" -> webSearchRead(model, args, kwargs);
            case "web_read" -> webRead(model, args, kwargs);
            case "create" -> create(model, arg(args, kwargs, 0, "vals_list"));
            case "write" -> {
                new SimWrites(db, uid).write(model, ids(arg(args, kwargs, 0, "ids")), arg(args, kwargs, 1, "vals"));
                yield NODES.booleanNode(true);
            }
            case "unlink" -> {
                new SimWrites(db, uid).unlink(model, ids(arg(args, kwargs, 0, "ids")));
                yield NODES.booleanNode(true);
            }
            case "name_search" -> nameSearch(model, args, kwargs);
            case "action_archive", "action_unarchive" -> {
                JsonNode values = NODES.objectNode().put("active", method.equals("action_unarchive"));
                new SimWrites(db, uid).write(model, ids(arg(args, kwargs, 0, "ids")), values);
                yield NODES.booleanNode(true);
            }
            default -> throw OdooFault.of("builtins.AttributeError", major >= 18
                    ? "The method '" + modelName + "." + method + "' does not exist"
                    : "The method '" + method + "' does not exist on the model '" + modelName + "'");
        };
    }

    private JsonNode create(SimModel model, JsonNode values) {
        SimWrites writes = new SimWrites(db, uid);
        if (values.isArray()) {
            ArrayNode ids = NODES.arrayNode();
            values.forEach(v -> ids.add(writes.create(model, v)));
            return ids;
        }
        return NODES.numberNode(writes.create(model, values));
    }

    private JsonNode nameSearch(SimModel model, ArrayNode args, JsonNode kwargs) {
        String name = arg(args, kwargs, 0, "name").asText("");
        JsonNode domain = kwargs.has("domain") ? kwargs.get("domain") : arg(args, kwargs, 1, "args");
        ArrayNode filter = domain.isArray() ? (ArrayNode) domain.deepCopy() : NODES.arrayNode();
        String operator = arg(args, kwargs, 2, "operator").asText("ilike");
        filter.addArray().add("display_name").add(operator).add(name);
        Integer limit = limit(arg(args, kwargs, 3, "limit"));
        ArrayNode result = NODES.arrayNode();
        for (Integer id : search(model, filter, kwargs, 0, limit == null ? 100 : limit, null)) {
            result.addArray().add(id).add(model.displayName(id));
        }
        return result;
    }

    private JsonNode searchRead(SimModel model, ArrayNode args, JsonNode kwargs) {
        List<Integer> ids = search(model, arg(args, kwargs, 0, "domain"), kwargs, arg(args, kwargs, 2, "offset").asInt(0),
                limit(arg(args, kwargs, 3, "limit")), text(arg(args, kwargs, 4, "order")));
        return db.read(model, ids, names(arg(args, kwargs, 1, "fields")), uid, true);
    }

    private JsonNode webSearchRead(SimModel model, ArrayNode args, JsonNode kwargs) {
        if (major < 17) {
            if (kwargs.has("specification")) {
                throw OdooFault.of("builtins.TypeError", "BaseModel.web_search_read() got an unexpected keyword argument 'specification'");
            }
        }
        JsonNode specification = arg(args, kwargs, 1, "specification");
        checkSpecification(model, specification);
        int offset = arg(args, kwargs, 2, "offset").asInt(0);
        Integer limit = limit(arg(args, kwargs, 3, "limit"));
        JsonNode domain = arg(args, kwargs, 0, "domain");
        List<Integer> ids = search(model, domain, kwargs, offset, limit, text(arg(args, kwargs, 4, "order")));
        ObjectNode result = NODES.objectNode();
        if (ids.isEmpty()) {
            result.put("length", 0);
            result.putArray("records");
            return result;
        }
        int length = offset + ids.size();
        JsonNode countLimit = arg(args, kwargs, 5, "count_limit");
        boolean countLimitReached = countLimit.isInt() && countLimit.asInt() <= length;
        if (limit != null && ids.size() == limit && !countLimitReached) {
            int total = search(model, domain, kwargs, 0, null, null).size();
            length = countLimit.isInt() ? Math.min(total, countLimit.asInt()) : total;
        }
        result.put("length", length);
        result.set("records", db.webRead(model, ids, specification, uid));
        return result;
    }

    private JsonNode webRead(SimModel model, ArrayNode args, JsonNode kwargs) {
        if (major < 17) {
            throw OdooFault.of("builtins.AttributeError",
                    "The method 'web_read' does not exist on the model '" + model.name + "'");
        }
        JsonNode specification = arg(args, kwargs, 1, "specification");
        checkSpecification(model, specification);
        return db.webRead(model, ids(arg(args, kwargs, 0, "ids")), specification, uid);
    }

    private void checkSpecification(SimModel model, JsonNode specification) {
        specification.fieldNames().forEachRemaining(name -> {
            SimField field = db.readableField(model, name, uid);
            JsonNode nested = specification.get(name).get("fields");
            if (field.isRelational() && nested != null) {
                checkSpecification(db.access(field.relation(), uid), nested);
            }
        });
    }

    private List<Integer> search(SimModel model, JsonNode domain, JsonNode kwargs, int offset, Integer limit, String order) {
        return db.search(model, domain, kwargs.path("context"), offset, limit, order, uid);
    }

    static JsonNode arg(ArrayNode args, JsonNode kwargs, int index, String name) {
        if (index < args.size()) {
            return args.get(index);
        }
        JsonNode value = kwargs.get(name);
        return value == null ? NODES.nullNode() : value;
    }

    private static Integer limit(JsonNode node) {
        return node.isIntegralNumber() ? node.asInt() : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    static List<Integer> ids(JsonNode node) {
        List<Integer> ids = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode id : node) {
                if (!id.isIntegralNumber()) {
                    throw OdooFault.of("psycopg2.errors.InvalidTextRepresentation",
                            "invalid input syntax for type integer: \"" + id.asText() + "\"");
                }
                ids.add(id.asInt());
            }
        } else if (node.isIntegralNumber()) {
            ids.add(node.asInt());
        }
        return ids;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static ArrayNode idsNode(List<Integer> ids) {
        ArrayNode out = NODES.arrayNode();
        ids.forEach(out::add);
        return out;
    }
}
