package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Odoo version reports the same mistakes in its own shape — an unknown model is a KeyError on
 * 16/17 (76), werkzeug's NotFound with code 404 on 18 (G0), a NotFound with HTTP 404 over JSON-2 on
 * 19 (F6, F7), a UserError over /jsonrpc (A9) — and a missing id is skipped silently by write and
 * unlink (E5, G3, FA, FB). The client sees one answer for each, whatever the version and transport.
 */
class VersionErrorsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void unknownModelIs404(Mode mode) {
        for (String path : new String[] {"/api/no.such.model/", "/api/no.such.model/1/"}) {
            Reply reply = mode.get(path);
            assertEquals(404, reply.status(), path + " " + reply.body());
            assertTrue(reply.errorMessage().contains("no.such.model"), reply.body());
            assertFalse(reply.body().contains("Traceback"), reply.body());
        }
        Reply write = mode.send("POST", "/api/no.such.model/", "{\"params\":{\"data\":{\"name\":\"x\"}}}");
        assertEquals(404, write.status(), write.body());
        Reply call = mode.send("POST", "/object/no.such.model/search_count", "{\"params\":{\"kwargs\":{\"domain\":[]}}}");
        assertEquals(404, call.status(), call.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void unknownMethodIs404(Mode mode) {
        Reply reply = mode.send("POST", "/object/res.partner/no_such_method", "{\"params\":{\"kwargs\":{}}}");
        assertEquals(404, reply.status(), reply.body());
        assertTrue(reply.errorMessage().contains("no_such_method"), reply.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.odoorestcamel.e2e.Mode#all")
    void putAndDeleteOfAMissingIdAre404(Mode mode) {
        Reply put = mode.send("PUT", "/api/res.partner.category/999999/", "{\"params\":{\"data\":{\"name\":\"Ghost\"}}}");
        assertEquals(404, put.status(), put.body());
        assertEquals("odoo.exceptions.MissingError", put.json().path("error").path("data").path("name").asText());
        Reply delete = mode.send("DELETE", "/api/res.partner.category/999999/", null);
        assertEquals(404, delete.status(), delete.body());
        assertEquals("odoo.exceptions.MissingError", delete.json().path("error").path("data").path("name").asText());
    }
}
