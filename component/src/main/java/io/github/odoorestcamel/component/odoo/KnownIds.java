package io.github.odoorestcamel.component.odoo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The ids of the records a consumer has announced, so that it can tell which of them Odoo no longer
 * has. One bit per id up to the largest: Odoo's ids are a PostgreSQL sequence, dense and below
 * 2^31, so 500,000 ids take 61 KB in memory and, gzipped, a few hundred bytes on disk as long as
 * few of them are missing.
 */
public final class KnownIds {

    private final BitSet ids;

    private KnownIds(BitSet ids) {
        this.ids = ids;
    }

    public static KnownIds empty() {
        return new KnownIds(new BitSet());
    }

    /** True when an id was added that was not known yet. */
    public boolean addAll(List<Long> added) {
        boolean changed = false;
        for (long id : added) {
            int bit = Math.toIntExact(id);
            changed |= !ids.get(bit);
            ids.set(bit);
        }
        return changed;
    }

    public void remove(long id) {
        ids.clear(Math.toIntExact(id));
    }

    int size() {
        return ids.cardinality();
    }

    /** Bytes the set holds in memory. */
    long memoryBytes() {
        return ids.size() / 8L;
    }

    /** The first {@code limit} known ids above {@code id}, ascending: a look at a large set holds one such page at a time. */
    List<Long> after(long id, int limit) {
        List<Long> page = new ArrayList<>(Math.min(limit, 1024));
        int next = ids.nextSetBit(Math.toIntExact(id + 1));
        while (next >= 0 && page.size() < limit) {
            page.add((long) next);
            next = ids.nextSetBit(next + 1);
        }
        return page;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(bytes)) {
            zipped.write(ids.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static KnownIds fromBytes(byte[] stored) throws IOException {
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return new KnownIds(BitSet.valueOf(unzipped.readAllBytes()));
        }
    }
}
