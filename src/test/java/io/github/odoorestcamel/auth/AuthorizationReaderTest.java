package io.github.odoorestcamel.auth;

import static io.github.odoorestcamel.auth.RequestCredentials.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.rest.HttpStatuses;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationReaderTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";
    private static final AuthorizationReader READER = new AuthorizationReader(new Databases("odoo", Set.of("odoo", "other")));

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCarriesLoginAndKey() {
        Credentials credentials = READER.read(request(null, "Authorization", basic("admin:" + KEY)));
        assertEquals("admin", credentials.login());
        assertEquals(KEY, credentials.apiKey());
        assertEquals("odoo", credentials.db());
        assertFalse(credentials.toString().contains(KEY));
    }

    @Test
    void bearerTakesTheLoginFromItsOwnHeaderAndTheDatabaseFromXOdooDatabase() {
        Credentials credentials = READER.read(request(null, "Authorization", "bearer  " + KEY,
                "X-Odoo-Login", "admin", "X-Odoo-Database", "other"));
        assertEquals("admin", credentials.login());
        assertEquals("other", credentials.db());
        assertNull(READER.read(request(null, "Authorization", "Bearer " + KEY)).login());
    }

    @Test
    void noAuthorizationMeansNoApiKey() {
        assertNull(READER.read(request(null)));
        assertNull(READER.read(request(null, "Authorization", "  ")));
    }

    @Test
    void malformedCredentialsAre401AndUnservedDatabasesAre403() {
        for (String header : new String[] {"Digest abc", basic("no-colon" + KEY), basic(":" + KEY), "Basic !!!", basic("admin:short"),
                "Bearer " + KEY + " extra", basic("ad\u0001min:" + KEY)}) {
            GatewayException error = assertThrows(GatewayException.class,
                    () -> READER.read(request(null, "Authorization", header)), header);
            assertEquals(401, HttpStatuses.of(error.kind()), header);
        }
        GatewayException forbidden = assertThrows(GatewayException.class, () -> READER.read(request(null,
                "Authorization", basic("admin:" + KEY), "X-Odoo-Database", "postgres")));
        assertEquals(403, HttpStatuses.of(forbidden.kind()));
    }
}
