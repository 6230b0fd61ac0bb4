package io.github.odoorestcamel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.auth.CredentialSource;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;

/** Reads and validates the parts of an incoming request the API uses: path, query string, body. */
public final class ApiRequest implements CredentialSource {

    private static final Pattern MODEL = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$");
    private static final int MAX_MODEL_LENGTH = 128;
    private static final Pattern JSON_TYPE = Pattern.compile("^\\s*application/([a-z0-9.+-]+\\+)?json\\s*(;|$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");

    private static final String PROPERTY = "odoo.apiRequest";

    private final Exchange exchange;
    private final QueryString query;

    private ApiRequest(Exchange exchange) {
        this.exchange = exchange;
        this.query = QueryString.parse(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class));
    }

    /** The request of this exchange, read once however many steps of its route ask for it. */
    public static ApiRequest of(Exchange exchange) {
        ApiRequest request = exchange.getProperty(PROPERTY, ApiRequest.class);
        if (request == null) {
            request = new ApiRequest(exchange);
            exchange.setProperty(PROPERTY, request);
        }
        return request;
    }

    public Exchange exchange() {
        return exchange;
    }

    public QueryString query() {
        return query;
    }

    @Override
    public String param(String name) {
        return query.get(name);
    }

    /** The model named in the path ({@code /api/{model}/...}), checked against Odoo's naming rule. */
    public String model() {
        String model = pathParam("model");
        if (!isModelName(model)) {
            throw GatewayException.badRequest("Invalid model name; expected something like 'res.partner'");
        }
        return model;
    }

    /** Whether the text follows Odoo's naming rule for models. */
    public static boolean isModelName(String text) {
        return text != null && text.length() <= MAX_MODEL_LENGTH && MODEL.matcher(text).matches();
    }

    /** The record id in the path ({@code {id}}), a positive integer. */
    public int recordId() {
        String text = pathParam("id");
        if (text == null || !text.matches("[0-9]{1,10}") || Long.parseLong(text) < 1 || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw GatewayException.badRequest("Invalid record id; expected a positive integer");
        }
        return Integer.parseInt(text);
    }

    /** A field or method name from the path ({@code {field}}, {@code {method}}): a Python identifier. */
    public String name(String pathParam, String what) {
        String name = pathParam(pathParam);
        if (name == null || !NAME.matcher(name).matches()) {
            throw GatewayException.badRequest("Invalid " + what + " name");
        }
        return name;
    }

    /**
     * A parameter of the REST path template. The HTTP layer adds request headers and query
     * parameters of the same name before the path's own value, so only the last value is the path's:
     * {@code ?model=…} or a {@code model:} header can never choose the model.
     */
    public String pathParam(String name) {
        Object value = exchange.getMessage().getHeader(name);
        if (value instanceof List<?> values) {
            value = values.isEmpty() ? null : values.get(values.size() - 1);
        }
        return value == null ? null : value.toString();
    }

    /** The {@code context} query parameter: a JSON object, or null when absent. */
    public ObjectNode contextParam() {
        String text = param("context");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode context = Json.MAPPER.readTree(text);
            if (context != null && context.isObject()) {
                return (ObjectNode) context;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw GatewayException.badRequest("context must be a JSON object such as {\"lang\": \"fr_FR\"}");
    }

    /** The JSON body as an object; 415 when it is declared as something else, 400 when it is not JSON. */
    public ObjectNode jsonBody() {
        String type = header(Exchange.CONTENT_TYPE);
        if (type != null && !JSON_TYPE.matcher(type).find()) {
            throw new GatewayException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                    "The request body must be JSON (Content-Type: application/json)");
        }
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null || body.length == 0) {
            throw GatewayException.badRequest("The request body must be a JSON object");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node != null && node.isObject()) {
                return (ObjectNode) node;
            }
        } catch (java.io.IOException e) {
            throw GatewayException.badRequest("Invalid JSON data");
        }
        throw GatewayException.badRequest("The request body must be a JSON object");
    }

    /** The {@code params} object of a JSON-RPC style body (or the body itself when it has none). */
    public ObjectNode bodyParams() {
        ObjectNode body = jsonBody();
        JsonNode params = body.get("params");
        if (params == null) {
            return body;
        }
        if (!params.isObject()) {
            throw GatewayException.badRequest("'params' must be a JSON object");
        }
        return (ObjectNode) params;
    }

    @Override
    public String header(String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }
}
