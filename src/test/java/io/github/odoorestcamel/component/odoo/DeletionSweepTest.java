package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DeletionSweepTest {

    private final DeletionSweep sweep = new DeletionSweep(3);

    private static KnownIds known(long... ids) {
        KnownIds known = KnownIds.empty();
        known.addAll(LongStream.of(ids).boxed().toList());
        return known;
    }

    @Test
    void theKnownIdsOdooDoesNotHaveAreGoneInAscendingOrder() {
        Set<Long> odoo = Set.of(1L, 2L, 5L, 8L);
        List<List<Long>> asked = new ArrayList<>();
        List<Long> gone = sweep.gone(known(1, 2, 3, 5, 6, 8, 9), ids -> {
            asked.add(ids);
            return ids.stream().filter(odoo::contains).toList();
        });
        assertEquals(List.of(3L, 6L, 9L), gone);
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(5L, 6L, 8L), List.of(9L)), asked, "three ids per call");
    }

    @Test
    void aFailedCallAnnouncesNothing() {
        List<Integer> calls = new ArrayList<>();
        assertThrows(UncheckedIOException.class, () -> sweep.gone(known(1, 2, 3, 4), ids -> {
            calls.add(ids.size());
            if (calls.size() == 2) {
                throw new UncheckedIOException(new IOException("Odoo is down"));
            }
            return List.of();
        }));
    }

    @Test
    void anAnswerNamingIdsThatWereNotAskedAboutIsNotBelieved() {
        assertThrows(IllegalStateException.class, () -> sweep.gone(known(1, 2), ids -> List.of(7L)));
    }

    @Test
    void nothingKnownCostsNoCall() {
        assertEquals(List.of(), sweep.gone(KnownIds.empty(), ids -> {
            throw new AssertionError("no call expected");
        }));
    }
}
