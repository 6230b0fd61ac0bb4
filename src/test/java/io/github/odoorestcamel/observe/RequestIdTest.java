package io.github.odoorestcamel.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void saneTokensAreKept() {
        assertEquals("abc-DEF_1.2", RequestId.of("abc-DEF_1.2"));
        assertEquals("x".repeat(128), RequestId.of("x".repeat(128)));
    }

    @Test
    void anythingElseIsReplacedByAFreshUuid() {
        for (String bad : new String[] {null, "", "x".repeat(129), "a b", "a\nb", "a;b", "ä"}) {
            String id = RequestId.of(bad);
            assertNotEquals(bad, id);
            assertEquals(id, UUID.fromString(id).toString());
        }
        assertNotEquals(RequestId.of(null), RequestId.of(null));
    }
}
