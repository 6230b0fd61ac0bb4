package io.github.odoorestcamel.component.odoo;

import java.util.Locale;

/**
 * What happened to a record: {@code created}, {@code updated} or {@code deleted}. Odoo keeps no
 * history, so a change is a creation when the record's create_date and write_date read as the same
 * second: the transaction that created it is the last one that wrote it.
 */
public enum ChangeKind {
    CREATED, UPDATED, DELETED;

    /** The kind of a change Odoo still has the record of, from its create_date and write_date. */
    static ChangeKind of(String createDate, String writeDate) {
        boolean sameSecond = createDate != null && writeDate != null
                && Watermark.secondOf(createDate).equals(Watermark.secondOf(writeDate));
        return sameSecond ? CREATED : UPDATED;
    }

    /** The name events carry: {@code created}, {@code updated} or {@code deleted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
