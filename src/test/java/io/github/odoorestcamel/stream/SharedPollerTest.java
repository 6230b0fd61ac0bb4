package io.github.odoorestcamel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.component.odoo.ChangeKind;
import io.github.odoorestcamel.component.odoo.DeletionSweep;
import io.github.odoorestcamel.component.odoo.KnownIds;
import io.github.odoorestcamel.component.odoo.KnownIdsFile;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedPollerTest {

    private static final Caller CALLER = Caller.session("s", "odoo", 2, "en_US");

    /** Odoo as the poll sees it: the changes so far, the ids deleted, and whether it answers. */
    private static final class FakeOdoo implements ChangeSource {
        final List<StreamEvent> changes = new ArrayList<>();
        final Set<Long> deleted = new HashSet<>();
        RuntimeException failure;
        Watermark lastFrom;
        int reads;

        @Override
        public void after(Caller caller, Watermark from, Consumer<List<StreamEvent>> pages) {
            reads++;
            lastFrom = from;
            if (failure != null) {
                throw failure;
            }
            pages.accept(changes.stream().filter(e -> e.position().compareTo(from) > 0).toList());
        }

        @Override
        public List<Long> gone(Caller caller, KnownIds known) {
            return new DeletionSweep(1000).gone(known, ids -> ids.stream().filter(id -> !deleted.contains(id)).toList());
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-27T19:40:38Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final FakeOdoo odoo = new FakeOdoo();
    private final MovingClock clock = new MovingClock();
    private static final SharedPoller.Timing TIMING = new SharedPoller.Timing(Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofSeconds(60));
    private final SharedPoller poller = new SharedPoller(odoo, CALLER, Watermark.at(clock.instant()), TIMING, null, clock);

    private void change(String position, ChangeKind kind) {
        change(position, kind, "");
    }

    private void change(String position, ChangeKind kind, String name) {
        Watermark at = Watermark.parse(position);
        odoo.changes.add(new StreamEvent(at, kind, Json.NODES.objectNode().put("id", at.id()).put("name", name)));
    }

    private ChangeStream join(RecordingSink client, String since) {
        Watermark from = since == null ? Watermark.at(clock.instant()) : Watermark.parse(since);
        ChangeStream stream = new ChangeStream(null, from, client);
        poller.join(stream, CALLER);
        return stream;
    }

    @Test
    void aLateCommitBehindThePositionReachesTheOpenStreamsOnceWithAnIdThatDoesNotGoBack() {
        RecordingSink client = new RecordingSink();
        join(client, null);
        change("2026-11-27 19:40:41,7", ChangeKind.CREATED);
        clock.now = clock.now.plusSeconds(4);
        poller.poll();
        change("2026-11-27 19:40:39,5", ChangeKind.UPDATED);
        poller.poll();
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:41,7 created", "2026-11-27 19:40:41,7 updated"), client.events());
        assertTrue(client.frames.get(1).contains("data: {\"id\":5,"), client.frames.get(1));
    }

    @Test
    void aSecondWriteWithinTheSameSecondComesAndTheSameBodyDoesNot() {
        RecordingSink client = new RecordingSink();
        join(client, null);
        change("2026-11-27 19:40:39,5", ChangeKind.UPDATED, "first");
        poller.poll();
        odoo.changes.clear();
        change("2026-11-27 19:40:39,5", ChangeKind.UPDATED, "second");
        poller.poll();
        poller.poll();
        assertEquals(2, client.events().size());
        assertTrue(client.frames.get(1).contains("\"name\":\"second\""), client.frames.get(1));
    }

    @Test
    void pastTheWindowAPollReadsOnlyAfterItsPosition() {
        join(new RecordingSink(), null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        poller.poll();
        clock.now = clock.now.plusSeconds(30);
        poller.poll();
        assertEquals(Watermark.parse("2026-11-27 19:39:39,0"), odoo.lastFrom);
        clock.now = clock.now.plusSeconds(60);
        poller.poll();
        assertEquals(Watermark.parse("2026-11-27 19:40:39,5"), odoo.lastFrom);
    }

    @Test
    void onePollServesEveryStream() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        join(first, null);
        join(second, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        poller.poll();
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 created"), first.events());
        assertEquals(first.frames, second.frames);
        assertEquals(2, odoo.reads);
    }

    @Test
    void aStreamResumingBehindThePollCatchesUpAloneAndNothingComesTwice() {
        RecordingSink following = new RecordingSink();
        join(following, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        change("2026-11-27 19:40:40,6", ChangeKind.UPDATED);
        poller.poll();
        RecordingSink resumed = new RecordingSink();
        join(resumed, "2026-11-27 19:40:39,5");
        assertEquals(List.of("2026-11-27 19:40:40,6 updated"), resumed.events());
        change("2026-11-27 19:40:41,7", ChangeKind.CREATED);
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 created", "2026-11-27 19:40:40,6 updated", "2026-11-27 19:40:41,7 created"),
                following.events());
        assertEquals(List.of("2026-11-27 19:40:40,6 updated", "2026-11-27 19:40:41,7 created"), resumed.events());
    }

    @Test
    void aStreamResumingAheadOfThePollLeavesTheOthersTheirChanges() {
        RecordingSink following = new RecordingSink();
        join(following, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        change("2026-11-27 19:40:40,6", ChangeKind.UPDATED);
        RecordingSink resumed = new RecordingSink();
        join(resumed, "2026-11-27 19:40:39,5");
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 created", "2026-11-27 19:40:40,6 updated"), following.events());
        assertEquals(List.of("2026-11-27 19:40:40,6 updated"), resumed.events());
    }

    @Test
    void aDeletionIsAnnouncedOnceWhenItsIntervalHasPassed() {
        RecordingSink client = new RecordingSink();
        join(client, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        poller.poll();
        odoo.deleted.add(5L);
        poller.poll();
        assertEquals(1, client.frames.size());
        clock.now = clock.now.plusSeconds(60);
        poller.poll();
        clock.now = clock.now.plusSeconds(60);
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 created", "2026-11-27 19:40:39,5 deleted"), client.events());
        assertTrue(client.frames.get(1).contains("data: {\"id\":5}"));
    }

    @Test
    void aPollStartedAgainForTheSameKeyAnnouncesWhatWasDeletedMeanwhile(@TempDir Path folder) {
        KnownIdsFile file = new KnownIdsFile(folder.resolve("key.ids"));
        SharedPoller first = new SharedPoller(odoo, CALLER, Watermark.at(clock.instant()), TIMING, file, clock);
        ChangeStream gone = new ChangeStream(null, Watermark.at(clock.instant()), new RecordingSink());
        first.join(gone, CALLER);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        first.poll();
        first.leave(gone);
        odoo.deleted.add(5L);
        clock.now = clock.now.plusSeconds(5);
        RecordingSink back = new RecordingSink();
        SharedPoller again = new SharedPoller(odoo, CALLER, Watermark.parse("2026-11-27 19:40:39,5"), TIMING, file, clock);
        again.join(new ChangeStream(null, Watermark.parse("2026-11-27 19:40:39,5"), back), CALLER);
        again.poll();
        again.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 deleted"), back.events());
    }

    @Test
    void whatTheWindowFindsBeforeTheStartIsNeitherSentNorWatchedForDeletion() {
        change("2026-11-27 19:40:20,3", ChangeKind.UPDATED);
        RecordingSink client = new RecordingSink();
        join(client, null);
        poller.poll();
        odoo.deleted.add(3L);
        clock.now = clock.now.plusSeconds(60);
        poller.poll();
        assertEquals(List.of(), client.frames);
        assertEquals(Watermark.parse("2026-11-27 19:39:38,0"), odoo.lastFrom, "the window was read");
    }

    @Test
    void aStreamResumingAfterADeletionOthersHeardGetsItToo() {
        RecordingSink staying = new RecordingSink();
        join(staying, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        poller.poll();
        odoo.deleted.add(5L);
        clock.now = clock.now.plusSeconds(60);
        poller.poll();
        RecordingSink resumed = new RecordingSink();
        join(resumed, "2026-11-27 19:40:39,5");
        assertEquals(List.of("2026-11-27 19:40:39,5 created", "2026-11-27 19:40:39,5 deleted"), staying.events());
        assertEquals(List.of("2026-11-27 19:40:39,5 deleted"), resumed.events());
        RecordingSink later = new RecordingSink();
        change("2026-11-27 19:41:40,6", ChangeKind.CREATED);
        poller.poll();
        join(later, "2026-11-27 19:41:40,6");
        assertEquals(List.of(), later.events(), "a deletion announced before the position is not sent");
    }

    @Test
    void aFailedPollIsToldToTheStreamsInAComment() {
        RecordingSink client = new RecordingSink();
        join(client, null);
        odoo.failure = GatewayException.badRequest("Odoo's answer is larger than 8 bytes");
        poller.poll();
        assertTrue(client.frames.get(0).startsWith(": the poll of Odoo failed ("), client.frames.get(0));
        assertTrue(client.frames.get(0).contains("larger than 8 bytes"), client.frames.get(0));
    }

    @Test
    void aFailedPollAnnouncesNothingAndKeepsTheStreams() {
        RecordingSink client = new RecordingSink();
        ChangeStream stream = join(client, null);
        change("2026-11-27 19:40:39,5", ChangeKind.CREATED);
        odoo.failure = new IllegalStateException("Odoo is down");
        poller.poll();
        assertEquals(List.of(), client.events());
        assertTrue(stream.isOpen());
        odoo.failure = null;
        poller.poll();
        assertEquals(List.of("2026-11-27 19:40:39,5 created"), client.events());
    }

    @Test
    void credentialsOdooNoLongerAcceptsEndTheStreams() {
        RecordingSink client = new RecordingSink();
        ChangeStream stream = join(client, null);
        odoo.failure = GatewayException.unauthenticated("Session expired");
        poller.poll();
        assertTrue(client.ended);
        assertFalse(stream.isOpen());
    }

    @Test
    void theLastStreamToLeaveSaysSo() {
        ChangeStream first = join(new RecordingSink(), null);
        ChangeStream second = join(new RecordingSink(), null);
        assertFalse(poller.leave(first));
        assertTrue(poller.leave(second));
    }
}
