package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the known ids of a large model cost: memory, disk, the time to store and read them, and
 * the Odoo calls and bytes of one look for deletions. Prints the figures the README quotes.
 */
class KnownIdsFiguresTest {

    private static final int IDS = 500_000;

    @TempDir
    Path folder;

    private record Figures(long memoryBytes, long diskBytes, double saveMillis, double loadMillis, int calls, long requestBytes) {
    }

    private Figures measure(String name, List<Long> ids) throws Exception {
        KnownIds known = KnownIds.empty();
        known.addAll(ids);
        KnownIdsFile file = new KnownIdsFile(folder.resolve(name + ".ids"));
        int rounds = 20;
        long saving = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            file.save(known);
        }
        double saveMillis = (System.nanoTime() - saving) / 1e6 / rounds;
        long loading = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertEquals(known.size(), file.load().size());
        }
        double loadMillis = (System.nanoTime() - loading) / 1e6 / rounds;
        List<Integer> calls = new ArrayList<>();
        new DeletionSweep(DeletionSweep.IDS_PER_CALL).gone(known, asked -> {
            calls.add(asked.size());
            return asked;
        });
        long requestBytes = Json.MAPPER.writeValueAsBytes(List.of(List.of("id", "in", known.after(0, DeletionSweep.IDS_PER_CALL)))).length;
        Figures figures = new Figures(known.memoryBytes(), Files.size(file.path()), saveMillis, loadMillis, calls.size(), requestBytes);
        System.out.printf("known ids, %s: %,d ids, largest %,d: memory %,d bytes, disk %,d bytes, save %.2f ms, load %.2f ms, "
                + "Odoo calls per look %d, request of one call %,d bytes%n", name, known.size(), ids.get(ids.size() - 1),
                figures.memoryBytes(), figures.diskBytes(), figures.saveMillis(), figures.loadMillis(), figures.calls(),
                figures.requestBytes());
        return figures;
    }

    @Test
    void halfAMillionDenseIdsTakeSixtyKilobytesInMemoryAndLittleOnDisk() throws Exception {
        Figures dense = measure("dense", LongStream.rangeClosed(1, IDS).boxed().toList());
        assertTrue(dense.memoryBytes() <= 64 * 1024, "memory " + dense.memoryBytes());
        assertTrue(dense.diskBytes() <= 4 * 1024, "disk " + dense.diskBytes());
        assertEquals(IDS / DeletionSweep.IDS_PER_CALL, dense.calls());
    }

    @Test
    void idsWithEveryOtherRecordGoneStillFitInTheSameMemory() throws Exception {
        Random random = new Random(18);
        Figures holes = measure("with holes", LongStream.rangeClosed(1, 2L * IDS).filter(id -> random.nextBoolean()).boxed().toList());
        assertTrue(holes.memoryBytes() <= 128 * 1024, "memory " + holes.memoryBytes());
        assertTrue(holes.diskBytes() <= 160 * 1024, "disk " + holes.diskBytes());
    }
}
