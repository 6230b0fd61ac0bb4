package io.github.odoorestcamel.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns the {@code data} of a write into the values Odoo takes: on one2many/many2many fields an
 * object of operations becomes command tuples (in the order given), a list of ids becomes
 * {@code [[6, 0, ids]]}, a list of commands is checked and passed on. Other fields pass unchanged.
 * Everything is checked before anything is written: an unknown field, operation or id is a 400.
 */
public final class CommandExpander {

    private CommandExpander() {
    }

    public static ObjectNode expand(JsonNode data, ModelFields fields) {
        if (data == null || !data.isObject()) {
            throw GatewayException.badRequest("`data` must be a JSON object of field values");
        }
        ObjectNode values = Json.NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> entries = data.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            FieldInfo field = fields.require(entry.getKey());
            values.set(entry.getKey(), field.isToMany() ? toManyValue(field, entry.getValue()) : entry.getValue());
        }
        return values;
    }

    private static ArrayNode toManyValue(FieldInfo field, JsonNode value) {
        if (value.isObject()) {
            return operations(field, (ObjectNode) value);
        }
        if (!value.isArray()) {
            throw invalid(field, "expects a list of ids, a list of commands or an object of operations");
        }
        ArrayNode commands = Json.NODES.arrayNode();
        if (value.isEmpty() || value.get(0).isNumber()) {
            commands.addArray().add(6).add(0).add(ids(field, "list", value));
            return commands;
        }
        for (JsonNode command : value) {
            commands.add(checkedCommand(field, command));
        }
        return commands;
    }

    private static ArrayNode operations(FieldInfo field, ObjectNode operations) {
        ArrayNode commands = Json.NODES.arrayNode();
        operations.fields().forEachRemaining(op -> {
            JsonNode argument = op.getValue();
            switch (op.getKey()) {
                case "push" -> ids(field, "push", argument).forEach(id -> commands.addArray().add(4).add(id).add(0));
                case "pop" -> ids(field, "pop", argument).forEach(id -> commands.addArray().add(3).add(id).add(0));
                case "delete" -> ids(field, "delete", argument).forEach(id -> commands.addArray().add(2).add(id).add(0));
                case "set" -> commands.addArray().add(6).add(0).add(ids(field, "set", argument));
                case "clear" -> {
                    if (!argument.isBoolean()) {
                        throw invalid(field, "'clear' takes true or false");
                    }
                    if (argument.asBoolean()) {
                        commands.addArray().add(5).add(0).add(0);
                    }
                }
                case "create" -> {
                    if (!argument.isArray()) {
                        throw invalid(field, "'create' takes a list of objects of values");
                    }
                    for (JsonNode vals : argument) {
                        commands.addArray().add(0).add(0).add(object(field, "create", vals));
                    }
                }
                case "update" -> {
                    if (!argument.isObject()) {
                        throw invalid(field, "'update' takes an object of {\"<id>\": {values}}");
                    }
                    argument.fields().forEachRemaining(u -> commands.addArray().add(1).add(id(field, "update", u.getKey()))
                            .add(object(field, "update", u.getValue())));
                }
                default -> throw invalid(field, "unknown operation '" + op.getKey()
                        + "'; allowed: push, pop, delete, create, update, set, clear");
            }
        });
        return commands;
    }

    private static JsonNode checkedCommand(FieldInfo field, JsonNode command) {
        if (!command.isArray() || command.isEmpty() || !command.get(0).canConvertToInt() || !command.get(0).isIntegralNumber()) {
            throw invalid(field, "expects a list of ids or a list of commands like [4, id, 0]");
        }
        int code = command.get(0).asInt();
        boolean valid = switch (code) {
            case 0 -> command.size() == 3 && command.get(2).isObject();
            case 1 -> command.size() == 3 && isId(command.get(1)) && command.get(2).isObject();
            case 2, 3, 4 -> command.size() >= 2 && command.size() <= 3 && isId(command.get(1));
            case 5 -> command.size() <= 3;
            case 6 -> command.size() == 3 && command.get(2).isArray() && allIds(command.get(2));
            default -> false;
        };
        if (!valid) {
            throw invalid(field, "command " + command + " is not a valid Odoo command (0–6)");
        }
        return command;
    }

    private static ArrayNode ids(FieldInfo field, String operation, JsonNode list) {
        if (!list.isArray()) {
            throw invalid(field, "'" + operation + "' takes a list of ids");
        }
        ArrayNode ids = Json.NODES.arrayNode();
        for (JsonNode id : list) {
            if (!isId(id)) {
                throw invalid(field, "'" + operation + "' takes positive integer ids, not " + id);
            }
            ids.add(id.asInt());
        }
        return ids;
    }

    private static int id(FieldInfo field, String operation, String text) {
        if (!text.matches("[1-9][0-9]{0,9}") || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw invalid(field, "'" + operation + "' takes positive integer ids as keys, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static JsonNode object(FieldInfo field, String operation, JsonNode vals) {
        if (!vals.isObject()) {
            throw invalid(field, "'" + operation + "' takes objects of values, not " + vals);
        }
        return vals;
    }

    private static boolean isId(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() && node.asInt() > 0;
    }

    private static boolean allIds(JsonNode list) {
        for (JsonNode id : list) {
            if (!isId(id)) {
                return false;
            }
        }
        return true;
    }

    private static GatewayException invalid(FieldInfo field, String problem) {
        return GatewayException.badRequest("Field '" + field.name() + "' (" + field.type() + "): " + problem);
    }
}
