package io.github.odoorestcamel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeStreamTest {

    private final RecordingSink sink = new RecordingSink();

    private static StreamEvent event(String second, long id, ChangeKind kind) {
        return new StreamEvent(Watermark.parse(second + "," + id), kind, Json.NODES.objectNode().put("id", id));
    }

    @Test
    void eventsAtOrBeforeTheStartAreNotSent() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,14"), sink);
        stream.changed(List.of(event("2026-11-27 19:40:38", 14, ChangeKind.CREATED), event("2026-11-27 19:40:38", 15, ChangeKind.CREATED),
                event("2026-11-27 19:40:39", 3, ChangeKind.UPDATED)));
        assertEquals(List.of("id: 2026-11-27 19:40:38,15\nevent: created\ndata: {\"id\":15}\n\n",
                "id: 2026-11-27 19:40:39,3\nevent: updated\ndata: {\"id\":3}\n\n"), sink.frames);
        assertEquals(Watermark.parse("2026-11-27 19:40:39,3"), stream.sent());
    }

    @Test
    void aLateChangeCarriesTheHighestPositionSent() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,0"), sink);
        stream.changed(List.of(event("2026-11-27 19:40:40", 3, ChangeKind.UPDATED)));
        stream.changed(List.of(event("2026-11-27 19:40:39", 9, ChangeKind.CREATED)));
        assertEquals("id: 2026-11-27 19:40:40,3\nevent: created\ndata: {\"id\":9}\n\n", sink.frames.get(1));
    }

    @Test
    void whatACatchUpSentIsNotSentAgainByThePollUntilForgotten() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,0"), sink);
        stream.caughtUp(List.of(event("2026-11-27 19:40:39", 3, ChangeKind.UPDATED)));
        stream.changed(List.of(event("2026-11-27 19:40:39", 3, ChangeKind.UPDATED), event("2026-11-27 19:40:39", 4, ChangeKind.CREATED)));
        assertEquals(2, sink.frames.size());
        stream.forgetBefore("2026-11-27 19:40:40");
        stream.changed(List.of(event("2026-11-27 19:40:39", 3, ChangeKind.UPDATED)));
        assertEquals(3, sink.frames.size());
    }

    @Test
    void aDeletionCarriesTheStreamsPositionSoAResumeSkipsNothing() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,14"), sink);
        stream.deleted(List.of(9L));
        assertEquals(List.of("id: 2026-11-27 19:40:38,14\nevent: deleted\ndata: {\"id\":9}\n\n"), sink.frames);
    }

    @Test
    void aClientThatStopsTakingFramesGetsNoMore() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,0"), sink);
        sink.taking = false;
        stream.heartbeat();
        stream.heartbeat();
        stream.changed(List.of(event("2026-11-27 19:40:39", 3, ChangeKind.UPDATED)));
        assertEquals(List.of(": keep-alive\n\n"), sink.frames);
        assertFalse(stream.isOpen());
    }

    @Test
    void aStreamThatStopsBeingOpenSaysSoOnce() {
        List<ChangeStream> closed = new ArrayList<>();
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,0"), sink, closed::add);
        sink.taking = false;
        stream.heartbeat();
        stream.heartbeat();
        stream.end();
        assertEquals(List.of(stream), closed);
        assertTrue(stream.release());
        assertFalse(stream.release());
    }

    @Test
    void anEndedStreamEndsItsAnswerOnce() {
        ChangeStream stream = new ChangeStream(null, Watermark.parse("2026-11-27 19:40:38,0"), sink);
        stream.end();
        assertTrue(sink.ended);
        sink.ended = false;
        stream.end();
        assertFalse(sink.ended);
    }
}
