package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.http.OdooErrors;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import java.util.Map;

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
        ObjectNode body = Json2Arguments.named(method, args, kwargs);
        OdooHttp.Answer answer = http.post("/json/2/" + model + "/" + method, body,
                Map.of("Authorization", "bearer " + user.secret(), "X-Odoo-Database", user.db()), ReadMethods.isRead(method));
        if (answer.status() == 200 && answer.body() != null) {
            JsonNode result = answer.body();
            return "create".equals(method) && result.isArray() && args.size() == 1 && args.get(0).isObject()
                    ? result.path(0) : result;
        }
        if (answer.body() == null) {
            throw OdooHttp.badGateway("Odoo answered with a redirect (HTTP " + answer.status() + ")");
        }
        throw OdooErrors.fromJson2(answer.status(), answer.body());
    }
}
