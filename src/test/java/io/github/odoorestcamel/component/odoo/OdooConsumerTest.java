package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.sim.ModelCall;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change feed of {@code from("odoo:…")} against a simulated Odoo 17 that stores write_date with
 * microseconds and reads it to the second, stamps a transaction's records with its start time,
 * and can commit a transaction late.
 */
class OdooConsumerTest extends CamelTestSupport {

    private static final String PARTNER = "res.partner";
    private static final long WAIT_SECONDS = 20;
    /** Long enough for several polls at delay=100. */
    private static final long QUIET_MILLIS = 800;

    private final OdooSimulator odoo = started(new OdooSimulator(17));
    @TempDir
    Path stateDir;

    private static OdooSimulator started(OdooSimulator simulator) {
        try {
            return simulator.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        OdooContexts.configure(context, odoo, true, stateDir);
        return context;
    }

    @AfterEach
    void stopOdoo() {
        odoo.close();
    }

    /** A consumer URI starting just before {@code time}. */
    private static String feed(Instant time, String options) {
        return "odoo:res.partner?delay=100&initialDelay=0&since=" + time.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1) + "&" + options;
    }

    private void route(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    private static List<Map<String, Object>> partners(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> Map.<String, Object>of("name", prefix + " " + i)).toList();
    }

    private static List<Long> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> e.getIn().getHeader(OdooConstants.ID, Long.class)).toList();
    }

    /** Routes {@code uri} to mock:changes and waits for its first {@code count} exchanges. */
    private MockEndpoint receiving(String uri, int count) throws Exception {
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessageCount(count);
        route(uri, "mock:changes");
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        return changes;
    }

    /** Waits for the first {@code count} exchanges from {@code uri}, then stops the context. */
    private void receivedThenStopped(String uri, int count) throws Exception {
        receiving(uri, count);
        context.stop();
    }

    /** A new context, as after a restart, with one route from {@code uri} to mock:resumed. */
    private CamelContext restarted(String uri) throws Exception {
        CamelContext restarted = OdooContexts.create(odoo, true, stateDir);
        restarted.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:resumed");
            }
        });
        restarted.start();
        return restarted;
    }

    private static List<Long> asLongs(List<Integer> ids) {
        return ids.stream().map(Integer::longValue).toList();
    }

    @Test
    void aThousandRecordsOfOneSecondComeExactlyOnceThenSilence() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Integer> imported = odoo.commit(start.plusMillis(500), PARTNER, partners("Import", 1000));
        // a transaction that started earlier in the same second touched the last two: Odoo now orders them first
        odoo.commit(start.plusMillis(200), PARTNER, List.of(Map.of("id", imported.get(998), "name", "Import 998"),
                Map.of("id", imported.get(999), "name", "Import 999")));
        MockEndpoint changes = receiving(feed(start, "batchSize=200&lookback=0&stateKey=import&fields=id,name"), 1000);
        assertEquals(asLongs(imported), ids(changes), "each once, oldest first, by id within the second");

        // the poll that sent them may still be making its last call (a walk's page that finds nothing)
        Thread.sleep(QUIET_MILLIS);
        odoo.resetCalls();
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1000, changes.getReceivedCounter(), "no record comes twice");
        long polls = odoo.modelCalls("search_read").size();
        assertTrue(polls >= 3, "polled " + polls + " times");
        assertEquals(polls, odoo.callCount(), "a poll that finds nothing costs one Odoo call");

        changes.reset();
        changes.expectedMessageCount(1);
        odoo.commit(Instant.now(), PARTNER, List.of(Map.of("id", imported.get(500), "name", "Renamed")));
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(Map.of("id", imported.get(500), "name", "Renamed"), changes.getReceivedExchanges().get(0).getIn().getBody());
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1, changes.getReceivedCounter(), "a record changed again comes once more");
    }

    @Test
    void aLateCommitInsideTheLookbackComesOnce() throws Exception {
        Instant start = Instant.now();
        int first = odoo.commit(start, PARTNER, partners("Early", 1)).get(0);
        int second = odoo.commit(start.plusSeconds(2), PARTNER, partners("Later", 1)).get(0);
        MockEndpoint changes = getMockEndpoint("mock:changes");
        route(feed(start, "stateKey=late&fields=id,name"), "mock:changes");
        changes.expectedMessageCount(2);
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        int late = odoo.commit(start.plusSeconds(1), PARTNER, partners("Committed late", 1)).get(0);
        changes.reset();
        changes.expectedMessageCount(1);
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(List.of((long) late), ids(changes), "the late record once; " + first + " and " + second + " not again");
    }

    @ParameterizedTest(name = "lookback {0}")
    @ValueSource(ints = {0, 60})
    void aFailedRecordIsRetriedOnTheNextPollAndTheOnesBeforeItAreNotSentAgain(int lookback) throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Batch", 10));
        long failing = created.get(4);
        List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessageCount(10);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(feed(start, "lookback=" + lookback + "&stateKey=failing")).process(exchange -> {
                    long id = exchange.getIn().getHeader(OdooConstants.ID, Long.class);
                    attempts.add(id);
                    if (id == failing && failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("the route fails once on " + id);
                    }
                }).to("mock:changes");
            }
        });
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(asLongs(created), ids(changes), "every record once, in order");
        List<Long> expected = new ArrayList<>(asLongs(created.subList(0, 5)));
        expected.addAll(asLongs(created.subList(4, 10)));
        assertEquals(expected, attempts, "the failed record again, nothing before it");
    }

    @Test
    void aRestartResumesFromTheStoredStateWithoutDuplicateOrGap() throws Exception {
        Instant start = Instant.now();
        List<Integer> before = odoo.commit(start, PARTNER, partners("Before", 5));
        String uri = feed(start, "stateKey=restart&fields=id,name");
        receivedThenStopped(uri, 5);

        // later transactions (a change within the stored second itself would read as already sent: see the README)
        List<Integer> after = odoo.commit(start.plusSeconds(2), PARTNER, partners("After", 3));
        odoo.commit(start.plusSeconds(3), PARTNER, List.of(Map.of("id", before.get(1), "name", "Changed while stopped")));
        CamelContext restarted = restarted(uri);
        try {
            MockEndpoint resumed = restarted.getEndpoint("mock:resumed", MockEndpoint.class);
            resumed.expectedMessageCount(4);
            resumed.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            Thread.sleep(QUIET_MILLIS);
            List<Long> expected = new ArrayList<>(asLongs(after));
            expected.add((long) before.get(1));
            assertEquals(expected, ids(resumed));
        } finally {
            restarted.stop();
        }
    }

    @Test
    void consumersKeepingTheirPositionInTheStateFolderEachResumeWhereTheyStopped() throws Exception {
        Instant start = Instant.now();
        odoo.commit(start, PARTNER, partners("First", 3));
        RouteBuilder twoConsumers = new RouteBuilder() {
            @Override
            public void configure() {
                from(feed(start, "stateKey=one&fields=id,name")).to("mock:one");
                from(feed(start, "stateKey=two&fields=id,name")).to("mock:two");
            }
        };
        context.addRoutes(twoConsumers);
        getMockEndpoint("mock:one").expectedMessageCount(3);
        getMockEndpoint("mock:two").expectedMessageCount(3);
        MockEndpoint.assertIsSatisfied(context, WAIT_SECONDS, TimeUnit.SECONDS);
        context.stop();

        List<Integer> later = odoo.commit(start.plusSeconds(2), PARTNER, partners("Later", 2));
        CamelContext restarted = OdooContexts.create(odoo, true, stateDir);
        try {
            restarted.addRoutes(twoConsumers);
            restarted.start();
            Thread.sleep(QUIET_MILLIS * 2);
            assertEquals(asLongs(later), ids(restarted.getEndpoint("mock:one", MockEndpoint.class)), "one resumes after its position");
            assertEquals(asLongs(later), ids(restarted.getEndpoint("mock:two", MockEndpoint.class)), "two resumes after its position");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void archivedRecordsComeOnlyWithIncludeArchived() throws Exception {
        Instant start = Instant.now();
        int archived = odoo.commit(start, PARTNER, List.of(Map.of("name", "Archived", "active", false))).get(0);
        int active = odoo.commit(start, PARTNER, partners("Active", 1)).get(0);
        route(feed(start, "stateKey=all&includeArchived=true&query={name,active}"), "mock:all");
        route(feed(start, "stateKey=active&fields=name,active"), "mock:active");
        MockEndpoint all = getMockEndpoint("mock:all");
        all.expectedMessageCount(2);
        all.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(Map.of("name", "Archived", "active", false), all.getReceivedExchanges().get(0).getIn().getBody());
        MockEndpoint activeOnly = getMockEndpoint("mock:active");
        activeOnly.expectedMessageCount(1);
        activeOnly.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(List.of((long) archived, (long) active), ids(all));
        assertEquals(List.of((long) active), ids(activeOnly));
    }

    @Test
    void batchModeSendsTheRecordsOfAPollAsOneList() throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Listed", 3));
        MockEndpoint changes = receiving(feed(start, "stateKey=batch&batch=true&fields=id"), 1);
        Exchange exchange = changes.getReceivedExchanges().get(0);
        assertEquals(created.stream().map(id -> Map.of("id", id)).toList(), exchange.getIn().getBody());
        assertEquals(Watermark.secondOf(exchange.getIn().getHeader(OdooConstants.WRITE_DATE, String.class)) + "," + created.get(2),
                exchange.getIn().getHeader(OdooConstants.STATE));
    }

    private static final String PAGED = "[[\"name\",\"=like\",\"Paged%25\"]]";

    /** Each exchange's place among those of its page: index/size, and * on the last. */
    private static List<String> batchPlaces(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX) + "/"
                + e.getProperty(ExchangePropertyKey.BATCH_SIZE) + (e.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class) ? "*" : ""))
                .toList();
    }

    @Test
    void eachExchangeSaysItsPlaceInItsPageAsCamelsBatchConsumersDo() throws Exception {
        Instant start = Instant.now();
        odoo.commit(start, PARTNER, partners("Paged", 3));
        MockEndpoint changes = receiving(feed(start, "stateKey=places&fields=id,name&domain=" + PAGED), 3);
        assertEquals(List.of("0/3", "1/3", "2/3*"), batchPlaces(changes));
    }

    @Test
    void maxMessagesPerPollSendsThatManyAndTheNextPollGoesOn() throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Paged", 5));
        MockEndpoint changes = receiving(feed(start, "stateKey=most&maxMessagesPerPoll=2&fields=id,name&domain=" + PAGED), 5);
        Thread.sleep(QUIET_MILLIS);
        assertEquals(asLongs(created), ids(changes), "every record once, in order, over three polls");
        assertEquals(List.of("0/2", "1/2*", "0/2", "1/2*", "0/1*"), batchPlaces(changes));
    }

    @Test
    void theStateHeadersNameWhatIsStoredAndAStateMovedByOthersIsHonoured() throws Exception {
        MemoryStateRepository states = new MemoryStateRepository();
        context.getRegistry().bind("states", states);
        Instant start = Instant.now();
        List<Integer> first = odoo.commit(start, PARTNER, partners("First", 3));
        List<String> announced = Collections.synchronizedList(new ArrayList<>());
        List<String> storedBefore = Collections.synchronizedList(new ArrayList<>());
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessageCount(3);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(feed(start, "stateKey=shared&stateRepository=#states")).routeId("shared").process(exchange -> {
                    assertEquals("shared", exchange.getIn().getHeader(OdooConstants.STATE_KEY));
                    assertEquals(PARTNER, exchange.getIn().getHeader(OdooConstants.MODEL));
                    announced.add(exchange.getIn().getHeader(OdooConstants.STATE, String.class));
                    storedBefore.add(states.getState("shared"));
                }).to("mock:changes");
            }
        });
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        String second = Watermark.secondOf(changes.getReceivedExchanges().get(0).getIn().getHeader(OdooConstants.WRITE_DATE, String.class));
        assertEquals(first.stream().map(id -> second + "," + id).toList(), announced);
        assertEquals(announced.subList(0, 2), storedBefore.subList(1, 3), "each announced state is stored once its exchange is done");
        Thread.sleep(QUIET_MILLIS);
        assertEquals(announced.get(2), states.getState("shared"));

        // someone else moves the position between two polls (a poll in progress stores its own)
        context.getRouteController().suspendRoute("shared");
        Thread.sleep(QUIET_MILLIS);
        Instant next = start.plusSeconds(3);
        int skipTo = first.get(2) + 2;
        states.setState("shared", Watermark.secondOf(next.toString().replace('T', ' ')) + "," + skipTo);
        changes.reset();
        changes.expectedMessageCount(1);
        List<Integer> more = odoo.commit(next, PARTNER, partners("More", 3));
        context.getRouteController().resumeRoute("shared");
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(skipTo, more.get(1));
        assertEquals(List.of((long) more.get(2)), ids(changes), "the records at or before the moved state are not sent");
    }

    private static List<String> kinds(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> e.getIn().getHeader(OdooConstants.CHANGE, String.class)).toList();
    }

    @Test
    void eachChangeSaysWhetherItCreatedOrUpdatedTheRecord() throws Exception {
        Instant start = Instant.now();
        int id = odoo.commit(start, PARTNER, partners("New", 1)).get(0);
        MockEndpoint changes = receiving(feed(start, "stateKey=kinds&fields=id,name"), 1);
        assertEquals(List.of("created"), kinds(changes));
        changes.reset();
        changes.expectedMessageCount(1);
        odoo.commit(start.plusSeconds(2), PARTNER, List.of(Map.of("id", id, "name", "Renamed")));
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(List.of("updated"), kinds(changes));
    }

    @Test
    void aDeletedRecordIsAnnouncedOnceAsDeleted() throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Doomed", 3));
        MockEndpoint changes = receiving(feed(start, "stateKey=deletes&fields=id,name&deletes=1"), 3);
        assertEquals(List.of("created", "created", "created"), kinds(changes));

        changes.reset();
        changes.expectedMessageCount(1);
        odoo.delete(PARTNER, created.get(1));
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Exchange deleted = changes.getReceivedExchanges().get(0);
        assertEquals("deleted", deleted.getIn().getHeader(OdooConstants.CHANGE));
        assertEquals((long) created.get(1), deleted.getIn().getHeader(OdooConstants.ID));
        assertEquals(Map.of("id", (long) created.get(1)), deleted.getIn().getBody());
        assertEquals(PARTNER, deleted.getIn().getHeader(OdooConstants.MODEL));
        Instant noticed = Watermark.parse(deleted.getIn().getHeader(OdooConstants.WRITE_DATE, String.class)).instant();
        assertTrue(!noticed.isBefore(start.truncatedTo(ChronoUnit.SECONDS)) && !noticed.isAfter(Instant.now()), "noticed at " + noticed);
        Thread.sleep(2_500);
        assertEquals(1, changes.getReceivedCounter(), "deleted once, whatever the number of looks since");
    }

    @Test
    void anArchivedRecordIsAnUpdateAndNeverADeletion() throws Exception {
        Instant start = Instant.now();
        int id = odoo.commit(start, PARTNER, partners("Archived later", 1)).get(0);
        MockEndpoint changes = receiving(feed(start, "stateKey=archive&includeArchived=true&fields=id,active&deletes=1"), 1);
        changes.reset();
        changes.expectedMessageCount(1);
        odoo.commit(start.plusSeconds(2), PARTNER, List.of(Map.of("id", id, "active", false)));
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(2_500);
        assertEquals(List.of("updated"), kinds(changes));
        assertEquals(Map.of("id", id, "active", false), changes.getReceivedExchanges().get(0).getIn().getBody());
    }

    @Test
    void nothingIsAnnouncedDeletedWhileOdooCannotBeReached() throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Kept", 2));
        MockEndpoint changes = receiving(feed(start, "stateKey=down&fields=id&deletes=1"), 2);

        odoo.unreachableFor("search", true);
        odoo.delete(PARTNER, created.get(0));
        odoo.resetCalls();
        Thread.sleep(2_500);
        assertTrue(odoo.modelCalls("search").size() >= 2, "the consumer kept looking");
        assertEquals(2, changes.getReceivedCounter(), "no deletion while Odoo does not answer");

        changes.reset();
        changes.expectedMessageCount(1);
        odoo.unreachableFor("search", false);
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(List.of((long) created.get(0)), ids(changes));
        assertEquals(List.of("deleted"), kinds(changes));
    }

    @Test
    void theAnnouncedRecordsAreRememberedAcrossARestart() throws Exception {
        Instant start = Instant.now();
        List<Integer> created = odoo.commit(start, PARTNER, partners("Remembered", 3));
        String uri = feed(start, "stateKey=known&fields=id&deletes=1");
        receivedThenStopped(uri, 3);

        odoo.delete(PARTNER, created.get(2));
        CamelContext restarted = restarted(uri);
        try {
            MockEndpoint resumed = restarted.getEndpoint("mock:resumed", MockEndpoint.class);
            resumed.expectedMessageCount(1);
            resumed.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            Thread.sleep(2_500);
            assertEquals(List.of((long) created.get(2)), ids(resumed), "the deletion made while stopped, once, and nothing else");
            assertEquals(List.of("deleted"), kinds(resumed));
        } finally {
            restarted.stop();
        }
    }

    private static final String WALKED = "[[\"name\",\"=like\",\"Walked%25\"]]";

    /** A consumer from the beginning over the partners named Walked…, polling once a minute unless said otherwise. */
    private static String walking(String options) {
        return "odoo:res.partner?initialDelay=0&since=beginning&fields=id,name&domain=" + WALKED + "&" + options;
    }

    private long calls(String method) {
        return odoo.modelCalls(method).size();
    }

    @Test
    void aFirstCopyWalksByIdWithOneCallPerPageThenScansTheChangesSinceItsBound() throws Exception {
        List<Integer> created = odoo.commit(Instant.now().minus(1, ChronoUnit.HOURS), PARTNER, partners("Walked", 1050));
        odoo.resetCalls();
        MockEndpoint changes = receiving(walking("delay=60000&batchSize=200&stateKey=walk"), 1050);
        Thread.sleep(QUIET_MILLIS);
        assertEquals(asLongs(created), ids(changes), "each record once, by id");
        assertEquals(6, calls("web_search_read"), "ceil(1050 / 200) pages, each one call that reads the bodies too");
        assertEquals(1, calls("search_read"), "then one scan of the changes from the bound on");
        assertEquals(0, calls("search_count") + calls("read") + calls("web_read"), "nothing counted, nothing read twice");
        ModelCall page = odoo.modelCalls("web_search_read").get(1);
        assertEquals("id", page.arg(4, "order").asText());
        assertEquals(200, page.arg(5, "count_limit").asInt(), "Odoo does not count the rest of the table");
        assertEquals("[\"id\",\">\"," + created.get(199) + "]", page.arg(0, "domain").get(1).toString());
    }

    @Test
    void aWalkStoppedByAFailureResumesAfterARestartFromTheStoredIdWithoutDuplicateOrGap() throws Exception {
        List<Integer> created = odoo.commit(Instant.now().minus(1, ChronoUnit.HOURS), PARTNER, partners("Walked", 500));
        long failing = created.get(300);
        String uri = walking("delay=100&batchSize=200&stateKey=resume");
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessageCount(300);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(exchange -> {
                    if (exchange.getIn().getHeader(OdooConstants.ID, Long.class) == failing) {
                        throw new IllegalStateException("the route fails on " + failing);
                    }
                }).to("mock:changes");
            }
        });
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        context.stop();
        assertEquals(asLongs(created.subList(0, 300)), ids(changes));

        odoo.resetCalls();
        CamelContext restarted = restarted(uri);
        try {
            MockEndpoint resumed = restarted.getEndpoint("mock:resumed", MockEndpoint.class);
            resumed.expectedMessageCount(200);
            resumed.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            Thread.sleep(QUIET_MILLIS);
            assertEquals(asLongs(created.subList(300, 500)), ids(resumed), "the walk goes on after the last record sent");
            assertEquals("[\"id\",\">\"," + created.get(299) + "]",
                    odoo.modelCalls("web_search_read").get(0).arg(0, "domain").get(1).toString());
        } finally {
            restarted.stop();
        }
    }

    @Test
    void recordsChangedDuringTheWalkComeOnceAfterItAndALateCommitBehindItsBoundIsCaught() throws Exception {
        MemoryStateRepository states = new MemoryStateRepository();
        context.getRegistry().bind("walkStates", states);
        List<Integer> created = odoo.commit(Instant.now().minus(1, ChronoUnit.HOURS), PARTNER, partners("Walked", 500));
        AtomicBoolean changed = new AtomicBoolean();
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessageCount(502);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(walking("delay=100&batchSize=100&stateKey=during&stateRepository=#walkStates")).process(exchange -> {
                    if (exchange.getIn().getHeader(OdooConstants.ID, Long.class) == created.get(250).longValue() && changed.compareAndSet(false, true)) {
                        Instant bound = Watermark.parse(Walk.parse(states.getState("during")).bound()).instant();
                        odoo.commit(Instant.now(), PARTNER, List.of(Map.of("id", created.get(400), "name", "Walked, changed before its turn")));
                        odoo.commit(Instant.now(), PARTNER, List.of(Map.of("id", created.get(10), "name", "Walked, changed after its turn")));
                        odoo.commit(bound.minusSeconds(2), PARTNER, List.of(Map.of("id", created.get(20), "name", "Walked, committed late")));
                    }
                }).to("mock:changes");
            }
        });
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        Thread.sleep(QUIET_MILLIS);
        List<Long> expected = new ArrayList<>(asLongs(created.subList(0, 400)));
        expected.addAll(asLongs(created.subList(401, 500)));
        expected.addAll(asLongs(List.of(created.get(20), created.get(10), created.get(400))));
        assertEquals(expected, ids(changes), "the walk without the record changed before its turn, then the three changes once");
        assertEquals(Map.of("id", created.get(400), "name", "Walked, changed before its turn"),
                changes.getReceivedExchanges().get(501).getIn().getBody());
    }

    private static final String BULK = "[[\"name\",\"=like\",\"Bulk%25\"]]";

    @Test
    void whileTheLookbackWindowIsOpenPollsReadNoBodiesOfChangesThatWentOut() throws Exception {
        Instant start = Instant.now();
        odoo.commit(start, PARTNER, partners("Bulk", 1000));
        MockEndpoint changes = receiving(feed(start, "batchSize=200&stateKey=bulk&fields=id,name&domain=" + BULK), 1000);
        Thread.sleep(QUIET_MILLIS);
        odoo.resetCalls();
        Thread.sleep(QUIET_MILLIS);
        assertTrue(calls("search_read") >= 5, "the window was scanned " + calls("search_read") + " times");
        assertEquals(0, calls("web_search_read"), "no body read again");
        assertEquals(1000, changes.getReceivedCounter());
    }

    @Test
    void aSecondWriteWithinTheSameSecondComesOnceThatSecondHasSettled() throws Exception {
        Instant start = Instant.now();
        int id = odoo.commit(start, PARTNER, partners("Settling", 1)).get(0);
        MockEndpoint changes = receiving(feed(start, "lookback=5&stateKey=settle&fields=id,name"), 1);
        changes.reset();
        changes.expectedMessageCount(1);
        odoo.commit(start, PARTNER, List.of(Map.of("id", id, "name", "Rewritten within the second")));
        changes.assertIsSatisfied(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(Map.of("id", id, "name", "Rewritten within the second"), changes.getReceivedExchanges().get(0).getIn().getBody());
        Thread.sleep(2_500);
        assertEquals(1, changes.getReceivedCounter(), "once");
    }
}
