package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad read answers a JSON error with the right status; the ones the gateway can see are
 * refused before any call to Odoo once the model's fields are known.
 */
class ReadErrorsTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed query            | {id,,}                              | | 400 | expecting a field name at position 4",
        "unknown field              | {id,no_such_field}                  | | 400 | Invalid field 'no_such_field' on model 'res.partner'",
        "include mixed with exclude | {id,-name}                          | | 400 | cannot mix included fields with excluded",
        "nested on non-relation     | {name{x}}                           | | 400 | is a char field, not a relation",
        "arguments on many2one      | {country_id(limit:1){name}}          | | 400 | only allowed on one2many and many2many",
        "unknown argument           | {child_ids(offset:1){name}}          | | 400 | Unknown argument 'offset'",
        "bad nested limit           | {child_ids(limit:0){name}}           | | 400 | must be a positive integer",
        "unknown excluded field     | {-nope}                             | | 400 | Invalid field 'nope'",
        "field named twice          | {id,id}                             | | 400 | appears twice",
        "bad filter json            | {id}  | filter=[[\"id\",\">\",5]        | 400 | filter is not valid JSON",
        "filter unknown field       | {id}  | filter=[[\"nope\",\"=\",1]]     | 400 | Invalid field 'nope' in filter",
        "filter bad operator        | {id}  | filter=[[\"id\",\"~~\",3]]      | 400 | is not allowed",
        "filter not a list          | {id}  | filter={\"id\":1}              | 400 | must be a JSON list",
        "filter dangling not        | {id}  | filter=[\"!\"]                | 400 | needs 1 operand",
        "order unknown field        | {id}  | order=nope desc               | 400 | Invalid field 'nope'",
        "order injection            | {id}  | order=name; drop table x      | 400 | Invalid order term",
        "order bad direction        | {id}  | order=name sideways           | 400 | Invalid order term",
        "context not an object      | {id}  | context=[1]                   | 400 | context must be a JSON object",
        "page size zero             | {id}  | page_size=0                   | 400 | page_size must be a positive integer",
        "page size above maximum    | {id}  | page_size=100000000           | 400 | page_size must be at most 1000",
        "negative limit             | {id}  | limit=-1                      | 400 | limit must be a positive integer",
        "limit above max rows       | {id}  | limit=100000                  | 400 | limit must be at most 10000, got 100000",
        "page zero                  | {id}  | page_size=5&page=0            | 400 | page must be a positive integer",
        "page not a number          | {id}  | page_size=5&page=two          | 400 | page must be a positive integer",
        "huge offset                | {id}  | page_size=1000&page=9999999   | 400 | is beyond any result",
    })
    void badListRequestsAreRefused(String label, String query, String extra, int status, String message) {
        String session = GATEWAY.login("admin");
        String path = "/api/res.partner/?query=" + q(query) + (extra == null ? "" : "&" + encodeParam(extra));
        GATEWAY.getAs(session, path);
        GATEWAY.odoo.resetCalls();
        Reply reply = GATEWAY.getAs(session, path);
        assertEquals(status, reply.status(), reply.body());
        JsonNode error = reply.json().get("error");
        assertEquals(status, error.get("code").asInt());
        assertTrue(error.get("message").asText().contains(message), error.get("message").asText());
        assertEquals(0, GATEWAY.odoo.callCount(), "a bad request must not reach Odoo once metadata is cached");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown model           | /api/no.such.model/                 | 404",
        "unknown model record    | /api/no.such.model/1/               | 404",
        "model with uppercase    | /api/RES.PARTNER/                   | 400",
        "model with dot dot      | /api/res..partner/                  | 400",
        "model path traversal    | /api/res.partner%2F..%2Fweb%2Fdatabase%2Fdrop/ | 400",
        "model unicode           | /api/r%C3%A9s.partner/              | 400",
        "id not a number         | /api/res.partner/abc/               | 400",
        "id zero                 | /api/res.partner/0/                 | 400",
        "id too large            | /api/res.partner/99999999999/       | 400",
        "forbidden model         | /api/ir.config_parameter/           | 200",
    })
    void badPathsAreRefused(String label, String path, int status) {
        String session = GATEWAY.login("admin");
        Reply reply = GATEWAY.getAs(session, path);
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        assertTrue(GATEWAY.odoo.calls().stream().noneMatch(c -> c.path().startsWith("/web/database")));
    }

    @org.junit.jupiter.api.Test
    void accessErrorOfARestrictedUserIs403() {
        String demo = GATEWAY.login("demo");
        Reply reply = GATEWAY.getAs(demo, "/api/ir.config_parameter/");
        assertEquals(403, reply.status(), reply.body());
        assertEquals("odoo.exceptions.AccessError", reply.json().path("error").path("data").path("name").asText());
        assertEquals("AccessError", reply.json().path("error").path("data").path("exception_type").asText());
    }

    @org.junit.jupiter.api.Test
    void odooTracebackNeverReachesTheClient() {
        Reply reply = GATEWAY.getAs(GATEWAY.login("admin"), "/api/no.such.model/");
        assertEquals(404, reply.status());
        assertFalse(reply.body().contains("Traceback"), reply.body());
        assertFalse(reply.body().contains("/opt/odoo"), reply.body());
        assertFalse(reply.json().path("error").path("data").has("debug"));
        assertEquals("no.such.model", reply.errorMessage());
    }

    private static String encodeParam(String pair) {
        StringBuilder out = new StringBuilder();
        for (String part : pair.split("&")) {
            int eq = part.indexOf('=');
            out.append(out.length() == 0 ? "" : "&").append(part, 0, eq + 1).append(q(part.substring(eq + 1)));
        }
        return out.toString();
    }
}
