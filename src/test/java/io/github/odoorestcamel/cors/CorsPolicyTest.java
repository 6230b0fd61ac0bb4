package io.github.odoorestcamel.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static CorsPolicy policy(String... origins) {
        return new CorsPolicy(Set.of(origins), new LinkedHashSet<>(List.of("GET", "POST")),
                new LinkedHashSet<>(List.of("Content-Type", "Authorization")), Set.of("X-Request-Id"), 600);
    }

    @Test
    void noOriginListedIsClosed() {
        CorsPolicy closed = policy();
        assertFalse(closed.enabled());
        assertFalse(closed.allows("https://app.example"));
        assertTrue(closed.forRequest("https://app.example").isEmpty());
        assertTrue(closed.forPreflight("https://app.example").isEmpty());
    }

    @Test
    void aListedOriginIsEchoedWithCredentials() {
        Map<String, String> headers = policy("https://app.example").forRequest("https://app.example");
        assertEquals("https://app.example", headers.get("Access-Control-Allow-Origin"));
        assertEquals("true", headers.get("Access-Control-Allow-Credentials"));
        assertEquals("X-Request-Id", headers.get("Access-Control-Expose-Headers"));
    }

    @Test
    void anOriginNotListedGetsNothing() {
        CorsPolicy policy = policy("https://app.example");
        assertTrue(policy.forRequest("https://app.example.evil").isEmpty());
        assertTrue(policy.forRequest("http://app.example").isEmpty());
        assertTrue(policy.forRequest(null).isEmpty());
    }

    @Test
    void anyOriginIsNeverGivenCredentials() {
        CorsPolicy policy = policy("*", "https://app.example");
        Map<String, String> other = policy.forRequest("https://elsewhere.example");
        assertEquals("*", other.get("Access-Control-Allow-Origin"));
        assertFalse(other.containsKey("Access-Control-Allow-Credentials"));
        assertEquals("true", policy.forRequest("https://app.example").get("Access-Control-Allow-Credentials"));
        assertFalse(policy.forPreflight("https://elsewhere.example").containsKey("Access-Control-Allow-Credentials"));
    }

    @Test
    void aPreflightNamesMethodsHeadersAndMaxAge() {
        Map<String, String> headers = policy("https://app.example").forPreflight("https://app.example");
        assertEquals("GET, POST", headers.get("Access-Control-Allow-Methods"));
        assertEquals("Content-Type, Authorization", headers.get("Access-Control-Allow-Headers"));
        assertEquals("600", headers.get("Access-Control-Max-Age"));
        assertEquals("true", headers.get("Access-Control-Allow-Credentials"));
        assertFalse(headers.containsKey("Access-Control-Expose-Headers"));
    }
}
