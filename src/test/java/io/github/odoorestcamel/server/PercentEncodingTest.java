package io.github.odoorestcamel.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void wellFormedEscapesDecode() {
        assertTrue(PercentEncoding.decodable(null));
        assertTrue(PercentEncoding.decodable(""));
        assertTrue(PercentEncoding.decodable("query=%7Bid%2C%20name%7D&page=1"));
        assertTrue(PercentEncoding.decodable("%e2%82%AC"));
        assertTrue(PercentEncoding.decodable("/api/res.partner/"));
    }

    @Test
    void aPercentWithoutTwoHexDigitsDoesNot() {
        assertFalse(PercentEncoding.decodable("x=%zz"));
        assertFalse(PercentEncoding.decodable("x=%"));
        assertFalse(PercentEncoding.decodable("x=%2"));
        assertFalse(PercentEncoding.decodable("x=%2g"));
        assertFalse(PercentEncoding.decodable("a=%20&b=%G0"));
        assertFalse(PercentEncoding.decodable("%%41"));
    }
}
