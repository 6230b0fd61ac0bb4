package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    @Test
    void theStoredTextRoundTrips() {
        Watermark position = Watermark.parse("2026-11-27 19:40:38,1043");
        assertEquals(new Watermark("2026-11-27 19:40:38", 1043), position);
        assertEquals("2026-11-27 19:40:38,1043", position.format());
        assertEquals(new Watermark("2026-11-27 19:40:38", 0), Watermark.parse("2026-11-27T19:40:38Z"));
    }

    @Test
    void sinceIsNowTheBeginningOrAUtcTime() {
        Instant now = Instant.parse("2026-11-27T19:40:38.250Z");
        assertEquals(new Watermark("2026-11-27 19:40:38", 0), Watermark.since("now", now));
        assertEquals(Watermark.BEGINNING, Watermark.since("beginning", now));
        assertEquals(new Watermark("2026-01-02 03:04:05", 0), Watermark.since("2026-01-02 03:04:05", now));
        assertThrows(IllegalArgumentException.class, () -> Watermark.since("yesterday", now));
    }

    @Test
    void afterMeansALaterSecondOrTheSameSecondAndALargerId() {
        Watermark position = new Watermark("2026-11-27 23:59:59", 7);
        assertEquals("[\"&\",[\"write_date\",\">=\",\"2026-11-27 23:59:59\"],\"|\",[\"write_date\",\">=\",\"2026-11-28 00:00:00\"],"
                + "[\"id\",\">\",7]]", position.afterTerms().toString());
        assertEquals("[[\"write_date\",\">=\",\"2026-11-27 23:59:59\"],[\"write_date\",\"<\",\"2026-11-28 00:00:00\"],"
                + "[\"id\",\">\",7]]", position.inSecondTerms().toString());
    }

    @Test
    void positionsOrderBySecondThenId() {
        assertTrue(new Watermark("2026-11-27 19:40:38", 900).compareTo(new Watermark("2026-11-27 19:40:39", 1)) < 0);
        assertTrue(new Watermark("2026-11-27 19:40:38", 2).compareTo(new Watermark("2026-11-27 19:40:38", 10)) < 0);
        assertEquals("2026-11-27 19:39:38", new Watermark("2026-11-27 19:40:38", 5).minusSeconds(60).second());
        assertEquals("2026-11-27 19:49:25", Watermark.secondOf("2026-11-27 19:49:25.123456"));
    }
}
