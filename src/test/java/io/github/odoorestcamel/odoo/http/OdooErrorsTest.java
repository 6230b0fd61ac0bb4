package io.github.odoorestcamel.odoo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.OdooVersion;
import io.github.odoorestcamel.rest.HttpStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error envelopes as real Odoo sent them (odoo-transcripts 36, 50, 74-95 on 17; G0 on 18; F6 on 19). */
class OdooErrorsTest {

    private static GatewayException map(int code, String name, String message) throws Exception {
        return OdooErrors.fromEnvelope(Json.MAPPER.readTree("{\"code\":" + code + ",\"message\":\"Odoo Server Error\",\"data\":{"
                + "\"name\":\"" + name + "\",\"debug\":\"Traceback (most recent call last):\\n  File \\\"/opt/odoo/odoo/http.py\\\"\","
                + "\"message\":\"" + message + "\",\"arguments\":[\"" + message + "\"],\"context\":{}}}"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "100 | odoo.http.SessionExpiredException        | 401 | SessionExpiredException",
        "200 | odoo.exceptions.AccessDenied              | 401 | AccessDenied",
        "200 | odoo.exceptions.AccessError               | 403 | AccessError",
        "200 | odoo.exceptions.MissingError              | 404 | MissingError",
        "200 | builtins.KeyError                         | 404 | KeyError",
        "200 | builtins.AttributeError                   | 404 | AttributeError",
        "200 | odoo.exceptions.ValidationError           | 422 | ValidationError",
        "200 | odoo.exceptions.UserError                 | 422 | UserError",
        "200 | builtins.ValueError                       | 400 | ValueError",
        "200 | psycopg2.errors.InvalidTextRepresentation | 400 | InvalidTextRepresentation",
        "200 | psycopg2.errors.SerializationFailure      | 409 | SerializationFailure",
        "200 | psycopg2.OperationalError                 | 500 | OperationalError",
        "200 | builtins.TypeError                        | 500 | TypeError",
        "404 | werkzeug.exceptions.NotFound              | 404 | NotFound",
        "401 | werkzeug.exceptions.Unauthorized          | 401 | Unauthorized",
        "403 | werkzeug.exceptions.Forbidden             | 403 | Forbidden",
        "422 | werkzeug.exceptions.UnprocessableEntity   | 422 | UnprocessableEntity",
        "409 | werkzeug.exceptions.SomethingNewer        | 409 | SomethingNewer"})
    void everyOdooErrorHasItsStatus(int code, String name, int status, String type) throws Exception {
        GatewayException error = map(code, name, "Some message");
        assertEquals(status, HttpStatuses.of(error.kind()));
        assertEquals(type, error.exceptionType());
        assertEquals(name, error.name());
        assertEquals("Some message", error.getMessage());
    }

    @Test
    void odoo18UnknownModelIsA404() throws Exception {
        GatewayException error = OdooErrors.fromEnvelope(Json.MAPPER.readTree("""
                {"code":404,"message":"404: Not Found","data":{"name":"werkzeug.exceptions.NotFound",
                 "debug":"Traceback (most recent call last)","message":"404 Not Found: The requested URL was not found on the server.",
                 "arguments":[],"context":{}}}"""));
        assertEquals(404, HttpStatuses.of(error.kind()));
        assertEquals("werkzeug.exceptions.NotFound", error.name());
    }

    @Test
    void json2NotFoundKeepsItsMessage() throws Exception {
        GatewayException error = OdooErrors.fromJson2(404, Json.MAPPER.readTree("""
                {"name":"werkzeug.exceptions.NotFound","message":"the model 'no.such.model' does not exist",
                 "arguments":["the model 'no.such.model' does not exist",404],"context":{}}"""));
        assertEquals(404, HttpStatuses.of(error.kind()));
        assertEquals("the model 'no.such.model' does not exist", error.getMessage());
    }

    @Test
    void redirectWarningMessageIsTheHumanTextNotTheActionTuple() throws Exception {
        GatewayException error = OdooErrors.fromEnvelope(Json.MAPPER.readTree("""
                {"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.RedirectWarning",
                 "debug":"odoo.exceptions.RedirectWarning: ('You cannot delete contacts linked to an active user.', {...})",
                 "message":"('You cannot delete contacts linked to an active user.', {'type': 'ir.actions.act_window'}, 'Go to users', None)",
                 "arguments":["You cannot delete contacts linked to an active user.",
                   {"type":"ir.actions.act_window","res_model":"res.users"},"Go to users",null],"context":{}}}"""));
        assertEquals(422, HttpStatuses.of(error.kind()));
        assertEquals("You cannot delete contacts linked to an active user.", error.getMessage());
        assertFalse(error.getMessage().contains("ir.actions"));
    }

    @Test
    void sessionCookieIsReadFromSetCookie() {
        assertEquals("abc", SessionCookie.fromOdoo("session_id=abc; Expires=Sat; Max-Age=604800; HttpOnly; Path=/"));
        assertEquals("def", SessionCookie.fromOdoo(java.util.List.of("cids=; Max-Age=0", "session_id=def; Path=/")));
        assertEquals(null, SessionCookie.fromOdoo(null));
    }

    @Test
    void versionIsReadFromVersionInfo() throws Exception {
        OdooVersion v17 = OdooVersion.from(Json.MAPPER.readTree(
                "{\"server_version\":\"17.0-20240709\",\"server_version_info\":[17,0,0,\"final\",0,\"\"],\"server_serie\":\"17.0\"}"));
        assertEquals(17, v17.major());
        assertEquals(true, v17.readsWithSpecification());
        OdooVersion saas = OdooVersion.from(Json.MAPPER.readTree("{\"server_serie\":\"saas~18.3\"}"));
        assertEquals(18, saas.major());
        assertEquals(3, saas.minor());
        assertFalse(OdooVersion.from(Json.MAPPER.readTree("{\"server_version_info\":[16,0,0,\"final\",0,\"\"]}")).readsWithSpecification());
    }
}
