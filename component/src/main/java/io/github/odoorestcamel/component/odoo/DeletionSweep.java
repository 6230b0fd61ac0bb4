package io.github.odoorestcamel.component.odoo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds which of the known ids Odoo no longer has, asking it about {@code idsPerCall} of them at a
 * time. The answer is all or nothing: a failed call, or an answer that names an id it was not asked
 * about, ends the sweep with an exception before anything is taken for deleted — an Odoo that is
 * down or answers partly must never look like an Odoo whose records are gone.
 */
public final class DeletionSweep {

    /** Ids per {@code search}: 10,000 ids make a request of about 70 KB and an answer of the same. */
    public static final int IDS_PER_CALL = 10_000;

    private final int idsPerCall;

    public DeletionSweep(int idsPerCall) {
        this.idsPerCall = idsPerCall;
    }

    /** The known ids Odoo does not have, ascending; {@code existing} answers which of the ids it is given exist. */
    public List<Long> gone(KnownIds known, Function<List<Long>, List<Long>> existing) {
        List<Long> gone = new ArrayList<>();
        List<Long> asked = known.after(0, idsPerCall);
        while (!asked.isEmpty()) {
            Set<Long> found = new HashSet<>(existing.apply(asked));
            Set<Long> unasked = new HashSet<>(found);
            asked.forEach(unasked::remove);
            if (!unasked.isEmpty()) {
                throw new IllegalStateException("Odoo answered ids it was not asked about " + unasked
                        + "; no record is taken for deleted");
            }
            asked.stream().filter(id -> !found.contains(id)).forEach(gone::add);
            asked = known.after(asked.get(asked.size() - 1), idsPerCall);
        }
        return gone;
    }
}
