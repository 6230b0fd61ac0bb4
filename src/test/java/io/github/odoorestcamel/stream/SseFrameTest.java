package io.github.odoorestcamel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SseFrameTest {

    @Test
    void anEventIsItsIdNameAndDataEndedByABlankLine() {
        assertEquals("id: 2026-11-27 19:40:38,14\nevent: updated\ndata: {\"id\":14}\n\n",
                SseFrame.event("2026-11-27 19:40:38,14", "updated", "{\"id\":14}"));
    }

    @Test
    void dataOnSeveralLinesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SseFrame.event("1", "created", "{\n}"));
    }

    @Test
    void aCommentStartsWithAColon() {
        assertEquals(": keep-alive\n\n", SseFrame.comment("keep-alive"));
    }
}
