package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Odoo's JSON-RPC error envelope into a {@link GatewayException}: the kind from the exception
 * name, the human message from the first argument, and never the {@code debug} traceback.
 */
public final class OdooErrors {

    private static final Map<String, ErrorKind> KIND_BY_TYPE = Map.ofEntries(
            Map.entry("SessionExpiredException", ErrorKind.UNAUTHENTICATED),
            Map.entry("AccessDenied", ErrorKind.UNAUTHENTICATED),
            Map.entry("AccessError", ErrorKind.ACCESS_ERROR),
            Map.entry("MissingError", ErrorKind.MISSING),
            Map.entry("KeyError", ErrorKind.MISSING),
            Map.entry("AttributeError", ErrorKind.MISSING),
            Map.entry("ValidationError", ErrorKind.VALIDATION),
            Map.entry("UserError", ErrorKind.VALIDATION),
            Map.entry("RedirectWarning", ErrorKind.VALIDATION),
            Map.entry("ValueError", ErrorKind.INVALID_INPUT),
            Map.entry("InvalidTextRepresentation", ErrorKind.INVALID_INPUT),
            Map.entry("SerializationFailure", ErrorKind.CONCURRENT_UPDATE),
            Map.entry("LockNotAvailable", ErrorKind.CONCURRENT_UPDATE),
            Map.entry("ConcurrencyError", ErrorKind.CONCURRENT_UPDATE),
            // werkzeug's HTTP exceptions: Odoo 18 reports an unknown model as NotFound (G0), JSON-2 too (F6, F7)
            Map.entry("BadRequest", ErrorKind.INVALID_INPUT),
            Map.entry("Unauthorized", ErrorKind.UNAUTHENTICATED),
            Map.entry("Forbidden", ErrorKind.ACCESS_ERROR),
            Map.entry("NotFound", ErrorKind.MISSING),
            Map.entry("Conflict", ErrorKind.CONCURRENT_UPDATE),
            Map.entry("UnprocessableEntity", ErrorKind.VALIDATION));

    private static final int SESSION_EXPIRED_CODE = 100;
    /** /jsonrpc reports an unknown model as a UserError (transcript A9), not as the KeyError of call_kw. */
    private static final Pattern UNKNOWN_OBJECT = Pattern.compile("^Object \\S+ doesn't exist$");

    private OdooErrors() {
    }

    /**
     * A JSON-RPC {@code error} member (session and /jsonrpc transports). Its {@code code} is 200 for
     * Odoo's own exceptions, 100 for an expired session, and the HTTP status of a werkzeug exception.
     */
    public static GatewayException fromEnvelope(JsonNode error) {
        JsonNode data = error.path("data");
        int code = error.path("code").asInt();
        ErrorKind fallback = code == SESSION_EXPIRED_CODE ? ErrorKind.UNAUTHENTICATED
                : code >= 400 && code < 500 ? byStatus(code) : ErrorKind.INTERNAL;
        return from(data, humanMessage(error.path("message").asText("Odoo Server Error"), data), fallback,
                code == SESSION_EXPIRED_CODE);
    }

    /** A JSON-2 error: the HTTP status and the error object of the body. */
    public static GatewayException fromJson2(int status, JsonNode error) {
        ErrorKind fallback = status >= 500 ? ErrorKind.INTERNAL : byStatus(status);
        JsonNode body = error.isObject() ? error : Json.NODES.objectNode().put("message", error.asText());
        return from(body, humanMessage("Odoo Server Error", body), fallback, status == 401);
    }

    private static GatewayException from(JsonNode data, String message, ErrorKind fallback, boolean unauthenticated) {
        String name = data.path("name").asText("");
        String type = simpleName(name);
        ErrorKind kind = unauthenticated ? ErrorKind.UNAUTHENTICATED : KIND_BY_TYPE.getOrDefault(type, fallback);
        if ("UserError".equals(type) && UNKNOWN_OBJECT.matcher(message).matches()) {
            kind = ErrorKind.MISSING;
        }
        List<Object> arguments = new ArrayList<>();
        data.path("arguments").forEach(a -> arguments.add(Json.MAPPER.convertValue(a, Object.class)));
        return new GatewayException(kind, name.isEmpty() ? "odoo.exceptions.UserError" : name,
                message, arguments.isEmpty() ? null : arguments, type.isEmpty() ? "UserError" : type);
    }

    private static ErrorKind byStatus(int status) {
        return switch (status) {
            case 400 -> ErrorKind.INVALID_INPUT;
            case 401 -> ErrorKind.UNAUTHENTICATED;
            case 403 -> ErrorKind.ACCESS_ERROR;
            case 404 -> ErrorKind.MISSING;
            case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
            case 409 -> ErrorKind.CONCURRENT_UPDATE;
            case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorKind.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ErrorKind.VALIDATION;
            default -> ErrorKind.UNREACHABLE;
        };
    }

    /** Odoo's error name without its module: {@code odoo.exceptions.AccessError} becomes {@code AccessError}. */
    static String simpleName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static String humanMessage(String fallback, JsonNode data) {
        JsonNode first = data.path("arguments").path(0);
        if (first.isTextual() && !first.asText().isBlank()) {
            return first.asText();
        }
        String message = data.path("message").asText("");
        return message.isBlank() ? fallback : message;
    }
}
