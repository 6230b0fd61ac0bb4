package io.github.odoorestcamel.bundles.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.odoorestcamel.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a command message before anything is sent to Odoo. A message that fails here
 * would fail on every delivery, so it is refused with {@link InvalidCommandException} (dead-letter
 * queue at once) rather than retried.
 */
public final class CommandParser {

    private static final Pattern MODEL = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Map<String, Set<String>> PARTS = Map.of(
            "create", Set.of("values"),
            "write", Set.of("ids", "values"),
            "unlink", Set.of("ids"),
            "upsert", Set.of("key", "values"),
            "call", Set.of("method", "args", "kwargs"));
    private static final Set<String> COMMON = Set.of("id", "model", "operation", "context");
    private static final Set<String> REQUIRED = Set.of("values", "ids", "key", "method");

    private CommandParser() {
    }

    public static Command parse(String json) {
        Map<String, Object> message = object(json);
        String operation = text(message, "operation");
        Set<String> parts = PARTS.get(operation);
        if (parts == null) {
            throw new InvalidCommandException("Unknown operation '" + operation + "': use one of create, write, unlink, upsert, call");
        }
        for (String name : message.keySet()) {
            if (!COMMON.contains(name) && !parts.contains(name)) {
                throw new InvalidCommandException("'" + name + "' has no meaning for the operation " + operation);
            }
        }
        for (String part : parts) {
            if (REQUIRED.contains(part) && message.get(part) == null) {
                throw new InvalidCommandException("The operation " + operation + " needs '" + part + "'");
            }
        }
        String model = text(message, "model");
        if (!MODEL.matcher(model).matches()) {
            throw new InvalidCommandException("Invalid model name '" + model + "'");
        }
        return new Command(messageId(message.get("id")), model, operation, key(message.get("key")), values(operation, message.get("values")),
                ids(message.get("ids")), method(message.get("method")), args(message.get("args")),
                optionalObject(message, "kwargs"), optionalObject(message, "context"));
    }

    private static Map<String, Object> object(String json) {
        try {
            Object parsed = Json.MAPPER.readValue(json, Object.class);
            if (parsed instanceof Map<?, ?>) {
                return Json.MAPPER.convertValue(parsed, new TypeReference<Map<String, Object>>() { });
            }
            throw new InvalidCommandException("A command is a JSON object");
        } catch (JsonProcessingException e) {
            throw new InvalidCommandException("A command is a JSON object; this is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(Map<String, Object> message, String name) {
        if (message.get(name) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw new InvalidCommandException("'" + name + "' must be a non-empty string");
    }

    private static String messageId(Object id) {
        if (id == null) {
            return null;
        }
        if ((id instanceof String s && !s.isBlank()) || id instanceof Integer || id instanceof Long) {
            return id.toString();
        }
        throw new InvalidCommandException("'id' must be a non-empty string or an integer");
    }

    private static String key(Object key) {
        if (key == null) {
            return null;
        }
        if (key instanceof String names) {
            for (String name : names.split(",", -1)) {
                if (!FIELD.matcher(name.strip()).matches()) {
                    throw new InvalidCommandException("'key' must name one or more fields, comma-separated: '" + names + "'");
                }
            }
            return names.replace(" ", "");
        }
        throw new InvalidCommandException("'key' must be a string of field names, comma-separated");
    }

    private static Object values(String operation, Object values) {
        if (values == null || values instanceof Map<?, ?>) {
            return values;
        }
        if ("create".equals(operation) && values instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(v -> v instanceof Map<?, ?>)) {
            return values;
        }
        throw new InvalidCommandException("'values' must be an object of field values"
                + ("create".equals(operation) ? " (or a non-empty list of them)" : ""));
    }

    private static List<Long> ids(Object ids) {
        if (ids == null) {
            return null;
        }
        if (ids instanceof List<?> list && !list.isEmpty()) {
            List<Long> checked = new ArrayList<>();
            for (Object id : list) {
                if (!(id instanceof Integer || id instanceof Long) || ((Number) id).longValue() <= 0) {
                    throw new InvalidCommandException("'ids' must hold positive integers, not " + id);
                }
                checked.add(((Number) id).longValue());
            }
            return List.copyOf(checked);
        }
        throw new InvalidCommandException("'ids' must be a non-empty list of record ids");
    }

    private static String method(Object method) {
        if (method == null) {
            return null;
        }
        if (method instanceof String name && FIELD.matcher(name).matches() && !name.startsWith("_")) {
            return name;
        }
        throw new InvalidCommandException("'method' must be the name of a public method (not starting with _): " + method);
    }

    private static List<Object> args(Object args) {
        if (args == null) {
            return List.of();
        }
        if (args instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new InvalidCommandException("'args' must be a list");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> optionalObject(Map<String, Object> message, String name) {
        Object value = message.get(name);
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new InvalidCommandException("'" + name + "' must be an object");
    }
}
