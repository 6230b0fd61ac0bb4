package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.component.odoo.KnownIds;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.odoo.Caller;
import java.util.List;
import java.util.function.Consumer;

/** Where a shared poll reads its changes, as a caller: Odoo ({@link ChangeReader}). */
public interface ChangeSource {

    /** Every change after the position, oldest first, a page at a time. */
    void after(Caller caller, Watermark from, Consumer<List<StreamEvent>> pages);

    /** The known ids the caller can no longer find; throws when the answer is not complete. */
    List<Long> gone(Caller caller, KnownIds known);
}
