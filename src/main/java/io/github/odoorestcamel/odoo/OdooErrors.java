package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Odoo's JSON-RPC error envelope into a {@link GatewayException}: the kind from the exception
 * name, the human message from the first argument, and never the {@code debug} traceback.
 */
public final class OdooErrors {

    private static final Map<String, ErrorKind> KIND_BY_TYPE = Map.ofEntries(
            Map.entry("SessionExpiredException", ErrorKind.UNAUTHENTICATED),
            Map.entry("AccessDenied", ErrorKind.UNAUTHENTICATED),
            Map.entry("AccessError", ErrorKind.FORBIDDEN),
            Map.entry("MissingError", ErrorKind.NOT_FOUND),
            Map.entry("KeyError", ErrorKind.NOT_FOUND),
            Map.entry("AttributeError", ErrorKind.NOT_FOUND),
            Map.entry("ValidationError", ErrorKind.UNPROCESSABLE),
            Map.entry("UserError", ErrorKind.UNPROCESSABLE),
            Map.entry("RedirectWarning", ErrorKind.UNPROCESSABLE),
            Map.entry("ValueError", ErrorKind.BAD_REQUEST),
            Map.entry("InvalidTextRepresentation", ErrorKind.BAD_REQUEST),
            Map.entry("SerializationFailure", ErrorKind.CONFLICT),
            Map.entry("LockNotAvailable", ErrorKind.CONFLICT),
            Map.entry("ConcurrencyError", ErrorKind.CONFLICT));

    private static final int SESSION_EXPIRED_CODE = 100;

    private OdooErrors() {
    }

    public static GatewayException fromEnvelope(JsonNode error) {
        JsonNode data = error.path("data");
        String name = data.path("name").asText("");
        String type = simpleName(name);
        ErrorKind kind = error.path("code").asInt() == SESSION_EXPIRED_CODE
                ? ErrorKind.UNAUTHENTICATED
                : KIND_BY_TYPE.getOrDefault(type, ErrorKind.INTERNAL);
        List<Object> arguments = new ArrayList<>();
        data.path("arguments").forEach(a -> arguments.add(Json.MAPPER.convertValue(a, Object.class)));
        return new GatewayException(kind, name.isEmpty() ? "odoo.exceptions.UserError" : name,
                humanMessage(error, data), arguments.isEmpty() ? null : arguments, type);
    }

    /** Odoo's error name without its module: {@code odoo.exceptions.AccessError} becomes {@code AccessError}. */
    static String simpleName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static String humanMessage(JsonNode error, JsonNode data) {
        JsonNode first = data.path("arguments").path(0);
        if (first.isTextual() && !first.asText().isBlank()) {
            return first.asText();
        }
        String message = data.path("message").asText("");
        return message.isBlank() ? error.path("message").asText("Odoo Server Error") : message;
    }
}
