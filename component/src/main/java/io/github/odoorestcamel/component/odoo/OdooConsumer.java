package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.read.ReadSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
 * write_date and a hash of the values drops what was already emitted. With {@code deletes}, every
 * that many seconds the records it announced that Odoo no longer has are announced as deleted.
 */
public class OdooConsumer extends ScheduledPollConsumer {

    /** A record ready to go: where it stands in the feed, its body, and the key it is remembered by. */
    private record Emission(ChangeScanner.Change change, Map<?, ?> body, String key) {
    }

    /** A remembered key and the second it belongs to, so it is forgotten once it falls behind the window. */
    private record Remembered(String second, String key) {
    }

    private final OdooEndpoint endpoint;
    private final OdooConfiguration options;
    private final Deque<Remembered> remembered = new ArrayDeque<>();
    private StateRepository<String, String> states;
    private IdempotentRepository emitted;
    private ChangeScanner scanner;
    private QueryBlock query;
    private ObjectNode context;
    private String stateKey;
    /** The position this consumer last read or stored; another value in the repository was put there by someone else. */
    private String knownState;
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
        scanner = new ChangeScanner(odoo.client(), endpoint.getModel(), request.parsedDomain(settings), context, options.getBatchSize());
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
        Watermark position = stored == null ? Watermark.since(options.getSince(), Instant.now()) : Watermark.parse(stored);
        if (stored == null) {
            states.setState(stateKey, position.format());
        }
        // after a restart, or when someone else moved the position, what lies behind it was emitted already
        boolean remembersWindow = stored != null && stored.equals(knownState);
        knownState = position.format();
        Watermark cursor = windowOpen(position) ? position.minusSeconds(options.getLookback()) : position;
        int count = 0;
        boolean more = true;
        while (more && isRunAllowed()) {
            Watermark from = cursor;
            ChangeScanner.Page page = endpoint.asServiceAccount(caller -> scanner.next(caller, from));
            if (page.changes().isEmpty()) {
                break;
            }
            List<Emission> due = new ArrayList<>();
            for (Emission emission : emissions(page.changes())) {
                if (emitted.contains(emission.key())) {
                    continue;
                }
                if (!remembersWindow && emission.change().position().compareTo(position) <= 0) {
                    remember(emission);
                    continue;
                }
                due.add(emission);
            }
            int room = options.getMaxMessagesPerPoll() > 0 ? options.getMaxMessagesPerPoll() - count : Integer.MAX_VALUE;
            boolean full = due.size() >= room;
            if (due.size() > room) {
                due = due.subList(0, room);
            }
            Watermark reached = emit(due, position);
            if (reached == null) {
                return count;
            }
            count += due.size();
            position = reached;
            cursor = page.changes().get(page.changes().size() - 1).position();
            more = !page.exhausted() && !full;
        }
        forgetBehind(position);
        return count + announceDeletions();
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

    /** Sends the records (one exchange each, or one for all in batch mode); the position reached, null on a failure. */
    private Watermark emit(List<Emission> due, Watermark position) throws Exception {
        Watermark reached = position;
        if (options.isBatch() && !due.isEmpty()) {
            for (Emission emission : due) {
                reached = reached.max(emission.change().position());
            }
            Emission last = due.get(due.size() - 1);
            announcing(due);
            ChangeScanner.Change change = last.change();
            if (!send(due.stream().map(Emission::body).toList(), change.id(), change.kind(), change.writeDate(), reached.format(),
                    BatchPlace.WHOLE)) {
                return null;
            }
            due.forEach(this::remember);
            return store(reached);
        }
        announcing(due);
        for (int index = 0; index < due.size(); index++) {
            Emission emission = due.get(index);
            Watermark next = reached.max(emission.change().position());
            ChangeScanner.Change change = emission.change();
            if (!send(emission.body(), change.id(), change.kind(), change.writeDate(), next.format(), new BatchPlace(index, due.size()))) {
                return null;
            }
            remember(emission);
            reached = store(next);
        }
        return reached;
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
        knownState = position.format();
        states.setState(stateKey, knownState);
        return position;
    }

    private void remember(Emission emission) {
        emitted.add(emission.key());
        remembered.addLast(new Remembered(emission.change().position().second(), emission.key()));
    }

    /** Keys of records behind the lookback window are never looked at again. */
    private void forgetBehind(Watermark position) {
        String windowStart = position.minusSeconds(options.getLookback()).second();
        while (!remembered.isEmpty() && remembered.peekFirst().second().compareTo(windowStart) < 0) {
            emitted.remove(remembered.removeFirst().key());
        }
    }

    /** The records' bodies, shaped as searchRead, in the order of the changes; records deleted meanwhile are skipped. */
    private List<Emission> emissions(List<ChangeScanner.Change> changes) {
        List<Long> ids = changes.stream().map(ChangeScanner.Change::id).toList();
        Map<Long, ObjectNode> records = endpoint.asServiceAccount(caller -> endpoint.odoo().reads().existing(caller,
                endpoint.getModel(), ids, query, context));
        List<Emission> emissions = new ArrayList<>();
        for (ChangeScanner.Change change : changes) {
            ObjectNode body = records.get(change.id());
            if (body != null) {
                emissions.add(new Emission(change, Json.MAPPER.convertValue(body, Map.class),
                        change.id() + "@" + change.writeDate() + "#" + Caller.sha256(body.toString())));
            }
        }
        return emissions;
    }
}
