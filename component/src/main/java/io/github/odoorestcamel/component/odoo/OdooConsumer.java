package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.read.DatedRecord;
import io.github.odoorestcamel.read.ReadSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.caffeine.processor.idempotent.CaffeineIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Emits every record created or changed since the last poll, oldest first, shaped as
 * {@code searchRead}. The position advances only once a record's exchange completed: a failure
 * stops the poll and the next one starts again from that record (at-least-once, in order).
 * While the position is younger than {@code lookback} plus the poll delay, each poll re-reads
 * the {@code lookback} seconds behind it, so records of a transaction that committed late (Odoo
 * stamps the transaction's start time) still come; an idempotent repository keyed by id,
 * write_date and a hash of the values drops what was already emitted, and a change whose id and
 * write_date went out has its body read once more only (see {@link #bodyDue}). A first copy
 * ({@code since=beginning}) and a consumer far behind walk the table by id under a fixed bound
 * ({@link Walk}), then scan the changes from the bound on. With {@code deletes}, every
 * that many seconds the records it announced that Odoo no longer has are announced as deleted.
 */
public class OdooConsumer extends ScheduledPollConsumer {

    /**
     * A record ready to go: where it stands in the feed, its body, the key it is remembered by (null
     * when nothing reads it again), and whether its second had settled when the body was read.
     */
    private record Emission(ChangeScanner.Change change, Map<?, ?> body, String key, boolean settled) {

        Remembered remembered() {
            return new Remembered(change.position().second(), key, sentKey(change));
        }
    }

    /** What went out, by the second it belongs to, so it is forgotten once that falls behind the window. */
    private record Remembered(String second, String key, String sentKey) {
    }

    private final OdooEndpoint endpoint;
    private final OdooConfiguration options;
    private final Deque<Remembered> remembered = new ArrayDeque<>();
    /** The id and write_date of each record that went out within the window, and whether its second had settled then. */
    private final Map<String, Boolean> sent = new HashMap<>();
    private StateRepository<String, String> states;
    private IdempotentRepository emitted;
    private ChangeScanner scanner;
    private QueryBlock query;
    private ObjectNode context;
    private String stateKey;
    /** The position this consumer last read or stored; another value in the repository was put there by someone else. */
    private String knownState;
    /** Where this consumer's walk started or, after a restart, resumed: the records walked up to it were sent before. */
    private long walkedFrom;
    /** Records sent by the poll under way, against {@code maxMessagesPerPoll}. */
    private int sentThisPoll;
    private ArrayNode domain;
    /** The watch over announced records when {@code deletes} is set, else null. */
    private DeletionWatch deletions;

    public OdooConsumer(OdooEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.options = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        OdooServices odoo = endpoint.odoo();
        ReadSettings settings = odoo.readSettings();
        OdooRequest request = new OdooRequest(endpoint.getModel(), null, options.getDomain(), options.getQuery(), options.getFields(),
                null, null, 0, options.getContext(), null, null, null);
        query = request.selection(settings);
        context = request.odooContext();
        if (options.isIncludeArchived()) {
            context.put("active_test", false);
        }
        domain = request.parsedDomain(settings);
        scanner = new ChangeScanner(odoo.client(), endpoint.getModel(), domain, context, options.getBatchSize());
        stateKey = options.getStateKey() != null ? options.getStateKey() : "odoo:" + endpoint.getModel();
        states = options.getStateRepository() != null ? options.getStateRepository() : endpoint.sharedPositions();
        emitted = options.getIdempotentRepository() != null ? options.getIdempotentRepository()
                : new CaffeineIdempotentRepository("odoo:" + endpoint.getModel());
        if (options.getDeletes() > 0) {
            deletions = new DeletionWatch(odoo.reads(), endpoint.getModel(), context, Duration.ofSeconds(options.getDeletes()),
                    endpoint.knownIds(stateKey));
        }
        ServiceHelper.startService(states, emitted);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (options.getIdempotentRepository() == null) {
            ServiceHelper.stopService(emitted);
        }
    }

    @Override
    protected int poll() throws Exception {
        String stored = states.getState(stateKey);
        // after a restart, or when someone else moved the position, what lies behind it was emitted already
        boolean remembersWindow = stored != null && stored.equals(knownState);
        sentThisPoll = 0;
        if (stored == null) {
            stored = startsWithWalk() ? Walk.startingAt(Watermark.BEGINNING, Instant.now()).format()
                    : Watermark.since(options.getSince(), Instant.now()).format();
            states.setState(stateKey, stored);
        }
        knownState = stored;
        if (Walk.isWalk(stored)) {
            Walk walk = Walk.parse(stored);
            if (!remembersWindow) {
                walkedFrom = walk.id();
            }
            return walkThenScan(walk) + announceDeletions();
        }
        Watermark position = Watermark.parse(stored);
        boolean windowOpen = windowOpen(position);
        Watermark cursor = windowOpen ? position.minusSeconds(options.getLookback()) : position;
        Predicate<ChangeScanner.Change> sentBefore = remembersWindow ? change -> false : change -> change.position().compareTo(position) <= 0;
        return scan(position, cursor, sentBefore, !windowOpen) + announceDeletions();
    }

    private boolean startsWithWalk() {
        return options.getSince() != null && options.getSince().strip().equalsIgnoreCase("beginning");
    }

    /**
     * Walks the records left under the walk's bound by id, then scans the changes from the bound on.
     * Records of the last {@code lookback} seconds before the bound may belong to transactions that
     * committed after the walk passed their id, so that window is read once more by the scan, where
     * what the walk emitted is known and a record walked before a restart counts as sent.
     */
    private int walkThenScan(Walk walk) throws Exception {
        int count = sentThisPoll;
        if (!walk(walk)) {
            return sentThisPoll - count;
        }
        Watermark end = store(walk.end());
        long trusted = walkedFrom;
        Predicate<ChangeScanner.Change> sentBefore = change -> change.id() <= trusted && change.position().compareTo(end) <= 0;
        scan(end, end.minusSeconds(options.getLookback()), sentBefore, false);
        return sentThisPoll - count;
    }

    /** Emits the walk's pages, one {@code web_search_read} each; whether it reached its end in this poll. */
    private boolean walk(Walk start) throws Exception {
        Walk walk = start;
        String windowStart = walk.end().minusSeconds(options.getLookback()).second();
        while (isRunAllowed()) {
            Walk from = walk;
            ArrayNode where = domain.deepCopy().addAll(from.terms());
            List<DatedRecord> page = endpoint.asServiceAccount(caller -> endpoint.odoo().reads().byId(caller, endpoint.getModel(), query,
                    where, options.getBatchSize(), context));
            Instant readAt = Instant.now();
            List<Emission> due = new ArrayList<>();
            for (DatedRecord record : page) {
                ChangeScanner.Change change = new ChangeScanner.Change(record.id(), record.createDate(), record.writeDate());
                // only the records the scan after the walk reads again need a key to be told apart by
                boolean inWindow = change.position().second().compareTo(windowStart) >= 0;
                due.add(emission(change, record.body(), inWindow, readAt));
            }
            boolean full = due.size() >= room();
            if (full) {
                due = due.subList(0, room());
            }
            List<String> statesAfter = new ArrayList<>();
            for (Emission emission : due) {
                walk = walk.past(emission.change().id());
                statesAfter.add(walk.format());
            }
            if (!emit(due, statesAfter)) {
                return false;
            }
            if (page.size() < options.getBatchSize() && due.size() == page.size()) {
                return true;
            }
            if (full) {
                return false;
            }
        }
        return false;
    }

    /**
     * Emits the changes after {@code cursor} in (second, id) order. A change counted as sent before
     * ({@code sentBefore}) and one whose id and second already went out are passed over without
     * reading their bodies, except once when the second has settled (see {@link #bodyDue}). When a
     * first page from a closed window is full, the consumer is far behind: it walks by id instead.
     */
    private int scan(Watermark start, Watermark cursor, Predicate<ChangeScanner.Change> sentBefore, boolean mayWalk) throws Exception {
        int count = sentThisPoll;
        Watermark position = start;
        Watermark from = cursor;
        boolean firstPage = true;
        while (isRunAllowed()) {
            Watermark after = from;
            ChangeScanner.Page page = endpoint.asServiceAccount(caller -> scanner.next(caller, after));
            if (page.changes().isEmpty()) {
                break;
            }
            if (firstPage && mayWalk && !page.exhausted()) {
                walkedFrom = 0;
                return walkThenScan(Walk.startingAt(position, Instant.now()));
            }
            firstPage = false;
            Instant now = Instant.now();
            List<ChangeScanner.Change> unread = new ArrayList<>();
            for (ChangeScanner.Change change : page.changes()) {
                if (sentBefore.test(change)) {
                    remember(new Remembered(change.position().second(), null, sentKey(change)), true);
                } else if (bodyDue(change, now)) {
                    unread.add(change);
                }
            }
            List<Emission> due = new ArrayList<>();
            for (Emission emission : emissions(unread, now)) {
                if (emitted.contains(emission.key())) {
                    remember(emission.remembered(), emission.settled());
                } else {
                    due.add(emission);
                }
            }
            boolean full = due.size() >= room();
            if (full) {
                due = due.subList(0, room());
            }
            List<String> statesAfter = new ArrayList<>();
            Watermark reached = position;
            for (Emission emission : due) {
                reached = reached.max(emission.change().position());
                statesAfter.add(reached.format());
            }
            if (!emit(due, statesAfter)) {
                return sentThisPoll - count;
            }
            position = reached;
            from = page.changes().get(page.changes().size() - 1).position();
            if (page.exhausted() || full) {
                break;
            }
        }
        forgetBehind(position);
        return sentThisPoll - count;
    }

    /** How many more records this poll may send. */
    private int room() {
        return options.getMaxMessagesPerPoll() > 0 ? options.getMaxMessagesPerPoll() - sentThisPoll : Integer.MAX_VALUE;
    }

    /**
     * Whether a change's body must be read. One whose id and second have not gone out yet: always.
     * One that went out: Odoo reads write_date to the second, so a second write within that second
     * (a transaction that started in it and committed after the body was read) reads the same; the
     * body is read once more on the first poll after the second has stood for {@code lookback}
     * less one poll delay — the last poll that still finds it in the window when changes keep
     * coming — and never again. So a change costs at most two body reads, not one per poll.
     */
    private boolean bodyDue(ChangeScanner.Change change, Instant now) {
        Boolean settled = sent.get(sentKey(change));
        return settled == null || !settled && !now.isBefore(settlesAt(change));
    }

    private Instant settlesAt(ChangeScanner.Change change) {
        return change.position().instant().plusSeconds(options.getLookback()).minusMillis(getDelay());
    }

    private static String sentKey(ChangeScanner.Change change) {
        return change.id() + "@" + change.writeDate();
    }

    /**
     * When a look is due, announces the records Odoo no longer has (one exchange each, or one per
     * batch); a failed exchange leaves that record and the ones after it for the next poll.
     */
    private int announceDeletions() throws Exception {
        Instant now = Instant.now();
        if (deletions == null || !deletions.due(now) || !isRunAllowed()) {
            return 0;
        }
        List<Long> gone = endpoint.asServiceAccount(deletions::gone);
        String noticed = Watermark.at(now).second();
        int groupSize = options.isBatch() ? options.getBatchSize() : 1;
        int count = 0;
        for (int from = 0; from < gone.size(); from += groupSize) {
            List<Long> group = gone.subList(from, Math.min(gone.size(), from + groupSize));
            List<Map<String, Long>> bodies = group.stream().map(id -> Map.of("id", id)).toList();
            long last = group.get(group.size() - 1);
            BatchPlace place = options.isBatch() ? BatchPlace.WHOLE : new BatchPlace(from, gone.size());
            if (!send(options.isBatch() ? bodies : bodies.get(0), last, ChangeKind.DELETED, noticed, knownState, place)) {
                return count;
            }
            deletions.deleted(group);
            count += group.size();
        }
        deletions.swept(now);
        return count;
    }

    /** Whether records may still commit behind the position: it is younger than lookback plus one poll delay. */
    private boolean windowOpen(Watermark position) {
        return options.getLookback() > 0
                && position.instant().plusSeconds(options.getLookback()).plusMillis(getDelay() + 1000).isAfter(Instant.now());
    }

    /**
     * Sends the records (one exchange each, or one for all in batch mode), each announcing and then
     * storing the state after it; false on a failure.
     */
    private boolean emit(List<Emission> due, List<String> statesAfter) throws Exception {
        if (due.isEmpty()) {
            return true;
        }
        announcing(due);
        if (options.isBatch()) {
            ChangeScanner.Change change = due.get(due.size() - 1).change();
            String state = statesAfter.get(statesAfter.size() - 1);
            if (!send(due.stream().map(Emission::body).toList(), change.id(), change.kind(), change.writeDate(), state, BatchPlace.WHOLE)) {
                return false;
            }
            due.forEach(emission -> remember(emission.remembered(), emission.settled()));
            sentThisPoll += due.size();
            store(state);
            return true;
        }
        for (int index = 0; index < due.size(); index++) {
            Emission emission = due.get(index);
            ChangeScanner.Change change = emission.change();
            if (!send(emission.body(), change.id(), change.kind(), change.writeDate(), statesAfter.get(index),
                    new BatchPlace(index, due.size()))) {
                return false;
            }
            remember(emission.remembered(), emission.settled());
            sentThisPoll++;
            store(statesAfter.get(index));
        }
        return true;
    }

    private void announcing(List<Emission> due) {
        if (deletions != null) {
            deletions.announcing(due.stream().map(emission -> emission.change().id()).toList());
        }
    }

    /**
     * Where an exchange stands among those of one page, as Camel's batch consumers say it
     * (CamelBatchIndex, CamelBatchSize, CamelBatchComplete); a list of a whole page is one of one.
     */
    private record BatchPlace(int index, int size) {

        static final BatchPlace WHOLE = new BatchPlace(0, 1);

        void mark(Exchange exchange) {
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, size);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == size - 1);
        }
    }

    private boolean send(Object body, long id, ChangeKind kind, String writeDate, String state, BatchPlace place) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            place.mark(exchange);
            Message in = exchange.getIn();
            in.setBody(body);
            in.setHeader(OdooConstants.MODEL, endpoint.getModel());
            in.setHeader(OdooConstants.ID, id);
            in.setHeader(OdooConstants.CHANGE, kind.label());
            in.setHeader(OdooConstants.WRITE_DATE, writeDate);
            in.setHeader(OdooConstants.STATE_KEY, stateKey);
            in.setHeader(OdooConstants.STATE, state);
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Failed to process " + endpoint.getModel() + "(" + id
                        + "); it is sent again on the next poll", exchange, exchange.getException());
                return false;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private Watermark store(Watermark position) {
        store(position.format());
        return position;
    }

    private void store(String state) {
        knownState = state;
        states.setState(stateKey, state);
    }

    /** Keeps what went out within the lookback window: its key (when it has one) and whether its second had settled. */
    private void remember(Remembered remembered, boolean settled) {
        if (remembered.key() != null) {
            emitted.add(remembered.key());
        }
        sent.put(remembered.sentKey(), settled);
        this.remembered.addLast(remembered);
    }

    /** What went out of seconds behind the lookback window is never looked at again. */
    private void forgetBehind(Watermark position) {
        String windowStart = position.minusSeconds(options.getLookback()).second();
        for (Iterator<Remembered> behind = remembered.iterator(); behind.hasNext(); ) {
            Remembered old = behind.next();
            if (old.second().compareTo(windowStart) < 0) {
                behind.remove();
                if (old.key() != null) {
                    emitted.remove(old.key());
                }
                sent.remove(old.sentKey());
            }
        }
    }

    /** A record to send, keyed by id, write_date and a hash of its values when {@code keyed}. */
    private Emission emission(ChangeScanner.Change change, ObjectNode body, boolean keyed, Instant readAt) {
        String key = keyed ? change.id() + "@" + change.writeDate() + "#" + Caller.sha256(body.toString()) : null;
        return new Emission(change, (Map<?, ?>) Json.plain(body), key, !readAt.isBefore(settlesAt(change)));
    }

    /** The records' bodies, shaped as searchRead, in the order of the changes; records deleted meanwhile are skipped. */
    private List<Emission> emissions(List<ChangeScanner.Change> changes, Instant readAt) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = changes.stream().map(ChangeScanner.Change::id).toList();
        Map<Long, ObjectNode> records = endpoint.asServiceAccount(caller -> endpoint.odoo().reads().existing(caller,
                endpoint.getModel(), ids, query, context));
        List<Emission> emissions = new ArrayList<>();
        for (ChangeScanner.Change change : changes) {
            ObjectNode body = records.get(change.id());
            if (body != null) {
                emissions.add(emission(change, body, true, readAt));
            }
        }
        return emissions;
    }
}
