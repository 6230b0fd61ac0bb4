package io.github.odoorestcamel.component.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.read.ReadService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A consumer's watch over the records it announced: which they are (kept in a file, so a restart
 * forgets none), when the next look for deleted ones is due, and which of them Odoo no longer has.
 * Odoo is asked by the read service's look-up of ids, archived included and outside the consumer's
 * domain: an archived record, or one that no longer matches the domain, still exists.
 */
final class DeletionWatch {

    private final ReadService reads;
    private final String model;
    private final ObjectNode context;
    private final Duration interval;
    private final KnownIdsFile file;
    private final KnownIds known;
    private final DeletionSweep sweep = new DeletionSweep(DeletionSweep.IDS_PER_CALL);
    private Instant lastSweep;

    DeletionWatch(ReadService reads, String model, ObjectNode context, Duration interval, KnownIdsFile file) {
        this.reads = reads;
        this.model = model;
        this.context = context;
        this.interval = interval;
        this.file = file;
        this.known = file.load();
    }

    /**
     * Remembers records about to be announced. Stored before they go out, so that a crash after
     * they went cannot lose one: a record that then fails to go out and is deleted before it does
     * is announced as deleted without having been announced first.
     */
    void announcing(List<Long> ids) {
        if (known.addAll(ids)) {
            file.save(known);
        }
    }

    /** The first look comes with the first poll (it notices what was deleted while the consumer was stopped). */
    boolean due(Instant now) {
        return lastSweep == null || !now.isBefore(lastSweep.plus(interval));
    }

    /** The announced records Odoo no longer has, ascending; throws, announcing nothing, when Odoo fails to answer in full. */
    List<Long> gone(Caller caller) {
        return sweep.gone(known, ids -> existing(caller, ids));
    }

    void swept(Instant now) {
        lastSweep = now;
    }

    /** Forgets a record once its deletion was announced, so it is announced once. */
    void deleted(List<Long> ids) {
        ids.forEach(known::remove);
        file.save(known);
    }

    private List<Long> existing(Caller caller, List<Long> ids) {
        return List.copyOf(reads.existing(caller, model, ids, QueryBlock.ID_ONLY, context).keySet());
    }
}
