package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownIdsTest {

    @TempDir
    Path folder;

    @Test
    void addingSaysWhetherAnyIdWasNew() {
        KnownIds known = KnownIds.empty();
        assertTrue(known.addAll(List.of(3L, 5L)));
        assertFalse(known.addAll(List.of(5L)));
        assertEquals(List.of(3L, 5L), known.after(0, 10));
    }

    @Test
    void pagesComeInAscendingOrder() {
        KnownIds known = KnownIds.empty();
        known.addAll(List.of(9L, 1L, 4L, 7L, 2L));
        known.remove(4);
        assertEquals(List.of(1L, 2L), known.after(0, 2));
        assertEquals(List.of(7L, 9L), known.after(2, 2));
        assertEquals(List.of(), known.after(9, 2));
    }

    @Test
    void aSavedSetIsReadBackWhole() {
        KnownIdsFile file = new KnownIdsFile(folder.resolve("feed%3Ares.partner.ids"));
        assertEquals(0, file.load().size(), "no file yet: nothing known");
        KnownIds known = KnownIds.empty();
        known.addAll(List.of(1L, 70_000L, 2_000_000L));
        file.save(known);
        assertEquals(known.after(0, 10), file.load().after(0, 10));
        assertFalse(folder.resolve("feed%3Ares.partner.ids.tmp").toFile().exists(), "the temporary file was moved into place");
    }
}
