package io.github.odoorestcamel.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.component.odoo.ChangeScanner;
import io.github.odoorestcamel.component.odoo.DeletionSweep;
import io.github.odoorestcamel.component.odoo.KnownIds;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.read.ReadService;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads a stream's changes from Odoo as the caller, so that Odoo's access rules decide what each
 * caller sees: which records changed after a position (the {@code odoo:} consumer's scan, in
 * (second, id) order, inside the stream's filter), their bodies shaped by the query, and which of
 * the records announced before the caller can no longer find.
 */
public final class ChangeReader implements ChangeSource {

    private final ReadService reads;
    private final StreamKey key;
    private final ChangeScanner scanner;
    private final DeletionSweep sweep = new DeletionSweep(DeletionSweep.IDS_PER_CALL);

    public ChangeReader(OdooClient odoo, ReadService reads, StreamKey key, int batchSize) {
        this.reads = reads;
        this.key = key;
        this.scanner = new ChangeScanner(odoo, key.model(), key.domain(), key.context(), batchSize);
    }

    /**
     * Every change after the position, oldest first, handed over a page at a time so that a long
     * catch-up holds one page. A page that finds nothing costs one Odoo call; a page with changes one
     * more, for their bodies. A record deleted between the two is skipped: it was never announced.
     */
    @Override
    public void after(Caller caller, Watermark from, Consumer<List<StreamEvent>> pages) {
        ChangeScanner.Page page;
        Watermark position = from;
        do {
            page = scanner.next(caller, position);
            if (page.changes().isEmpty()) {
                return;
            }
            SortedMap<Long, ObjectNode> bodies = bodies(caller, page.changes().stream().map(ChangeScanner.Change::id).toList());
            List<StreamEvent> events = new ArrayList<>();
            for (ChangeScanner.Change change : page.changes()) {
                ObjectNode body = bodies.get(change.id());
                if (body != null) {
                    events.add(new StreamEvent(change.position(), change.kind(), body));
                }
            }
            pages.accept(events);
            position = page.changes().get(page.changes().size() - 1).position();
        } while (!page.exhausted());
    }

    /**
     * The bodies of these records. When Odoo's answer for all of them fails (larger than
     * {@code odoo.http.max-response-bytes}: large text fields, a look-back window full of changes),
     * each half is read on its own, down to a single record, whose failure is the poll's.
     */
    private SortedMap<Long, ObjectNode> bodies(Caller caller, List<Long> ids) {
        try {
            return reads.existing(caller, key.model(), ids, key.query(), key.context());
        } catch (GatewayException e) {
            if (ids.size() == 1 || e.kind() == ErrorKind.UNAUTHENTICATED) {
                throw e;
            }
            SortedMap<Long, ObjectNode> bodies = new TreeMap<>(bodies(caller, ids.subList(0, ids.size() / 2)));
            bodies.putAll(bodies(caller, ids.subList(ids.size() / 2, ids.size())));
            return bodies;
        }
    }

    /** The known ids the caller can no longer find, archived records counting as found; throws when Odoo fails to answer in full. */
    @Override
    public List<Long> gone(Caller caller, KnownIds known) {
        return sweep.gone(known, ids -> List.copyOf(reads.existing(caller, key.model(), ids, QueryBlock.ID_ONLY, key.context()).keySet()));
    }
}
