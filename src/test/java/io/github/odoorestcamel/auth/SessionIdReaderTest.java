package io.github.odoorestcamel.auth;

import static io.github.odoorestcamel.auth.RequestCredentials.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import io.github.odoorestcamel.rest.HttpStatuses;
import org.junit.jupiter.api.Test;

class SessionIdReaderTest {

    private static final String A = "aaaaaaaaaaaaaaaaaaaa";
    private static final String B = "bbbbbbbbbbbbbbbbbbbb";
    private static final String C = "cccccccccccccccccccc";
    private static final SessionIdReader READER = new SessionIdReader(true);

    @Test
    void headerBeatsCookieBeatsQueryParameter() {
        assertEquals(A, READER.read(request("session_id=" + C, "X-Session-Id", A, "Cookie", "session_id=" + B)));
        assertEquals(A, READER.read(request(null, "X-Openerp-Session-Id", A)));
        assertEquals(B, READER.read(request("session_id=" + C, "Cookie", "cids=1; session_id=" + B + "; tz=UTC")));
        assertEquals(C, READER.read(request("session_id=" + C)));
    }

    @Test
    void queryParameterCanBeSwitchedOff() {
        GatewayException error = assertThrows(GatewayException.class,
                () -> new SessionIdReader(false).read(request("session_id=" + C)));
        assertEquals(401, HttpStatuses.of(error.kind()));
    }

    @Test
    void malformedOrMissingIdsAre401() {
        for (String bad : new String[] {"short", A + "\r\nX-Injected: 1", A + ";path=/", "x".repeat(129)}) {
            GatewayException error = assertThrows(GatewayException.class,
                    () -> READER.read(request(null, "X-Session-Id", bad)));
            assertEquals("Malformed session id", error.getMessage());
        }
        assertEquals(401, HttpStatuses.of(assertThrows(GatewayException.class, () -> READER.read(request(null))).kind()));
    }

    @Test
    void cookieIsFoundByExactName() {
        assertEquals(null, SessionCookie.fromCookieHeader("xsession_id=" + A));
        assertEquals(A, SessionCookie.fromCookieHeader("a=1;session_id=" + A));
    }
}
