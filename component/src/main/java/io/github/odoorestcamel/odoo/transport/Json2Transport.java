package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.http.OdooErrors;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.github.odoorestcamel.odoo.http.OpenAnswer;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.util.Map;
import java.util.Optional;

/**
 * Odoo ≥ 19's JSON-2 API: {@code POST /json/2/<model>/<method>} with the API key as bearer token,
 * the database in {@code X-Odoo-Database}, named arguments in the body; errors come with their
 * own HTTP status and a JSON error object.
 */
public final class Json2Transport implements OdooClient {

    private final OdooHttp http;

    public Json2Transport(OdooHttp http) {
        this.http = http;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        OdooHttp.Answer answer = http.post(path(model, method), Json2Arguments.named(method, args, kwargs), headers(user),
                ReadMethods.isRead(method));
        if (answer.status() == 200 && answer.body() != null) {
            JsonNode result = answer.body();
            return "create".equals(method) && result.isArray() && args.size() == 1 && args.get(0).isObject()
                    ? result.path(0) : result;
        }
        throw failure(answer);
    }

    /** The body of a 200 is the result itself; any other answer is read whole and is an error. */
    @Override
    public Optional<ResultStream> stream(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        OpenAnswer answer = http.open(path(model, method), Json2Arguments.named(method, args, kwargs), headers(user));
        if (answer.status() != 200) {
            throw failure(answer.whole());
        }
        return Optional.of(ResultStream.ofBody(answer));
    }

    private static String path(String model, String method) {
        return "/json/2/" + model + "/" + method;
    }

    private static Map<String, String> headers(Caller user) {
        return Map.of("Authorization", "bearer " + user.secret(), "X-Odoo-Database", user.db());
    }

    private static GatewayException failure(OdooHttp.Answer answer) {
        if (answer.body() == null) {
            return OdooHttp.badGateway("Odoo answered with a redirect (HTTP " + answer.status() + ")");
        }
        return OdooErrors.fromJson2(answer.status(), answer.body());
    }
}
