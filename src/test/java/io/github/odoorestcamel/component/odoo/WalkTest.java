package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WalkTest {

    @Test
    void theStoredTextRoundTripsAndIsToldApartFromAWatermark() {
        Walk walk = new Walk(new Watermark("2026-11-27 19:40:38", 1043), "2026-12-06 05:00:00", 77);
        assertEquals("walk 77 before 2026-12-06 05:00:00 after 2026-11-27 19:40:38,1043", walk.format());
        assertEquals(walk, Walk.parse(walk.format()));
        assertTrue(Walk.isWalk(walk.format()));
        assertFalse(Walk.isWalk("2026-11-27 19:40:38,1043"));
        assertThrows(IllegalArgumentException.class, () -> Walk.parse("walk 77"));
    }

    @Test
    void aWalkFromTheBeginningTakesTheSecondItStartsInAsItsBoundAndEndsThere() {
        Walk walk = Walk.startingAt(Watermark.BEGINNING, Instant.parse("2026-12-06T05:00:00.750Z"));
        assertEquals(new Walk(Watermark.BEGINNING, "2026-12-06 05:00:00", 0), walk);
        assertEquals(new Watermark("2026-12-06 05:00:00", 0), walk.past(500).end(), "every record written before the bound was emitted");
    }

    @Test
    void itsTermsAreAnIdAboveTheLastWrittenBeforeTheBoundAndAfterWhereItStarted() {
        assertEquals("[[\"id\",\">\",500],[\"write_date\",\"<\",\"2026-12-06 05:00:00\"]]",
                new Walk(Watermark.BEGINNING, "2026-12-06 05:00:00", 500).terms().toString());
        assertEquals("[[\"id\",\">\",0],[\"write_date\",\"<\",\"2026-12-06 05:00:00\"],\"&\",[\"write_date\",\">=\",\"2026-11-27 19:40:38\"],"
                        + "\"|\",[\"write_date\",\">=\",\"2026-11-27 19:40:39\"],[\"id\",\">\",1043]]",
                new Walk(new Watermark("2026-11-27 19:40:38", 1043), "2026-12-06 05:00:00", 0).terms().toString());
    }
}
