package io.github.odoorestcamel.bundles.mirror;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the rows of records deleted in Odoo, which the change feed cannot see. It reads the
 * table's ids first and Odoo's after, so a record created in between is never taken for deleted,
 * and pages Odoo's ids by id (not by offset), so a deletion during the scan cannot shift a page.
 */
public final class MirrorReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(MirrorReconciler.class);

    private final MirrorStore store;
    private final ProducerTemplate producer;
    private final String tablePrefix;
    private final int pageSize;
    private final List<String> models;

    public MirrorReconciler(MirrorStore store, ProducerTemplate producer, String tablePrefix, int pageSize, List<String> models) {
        this.store = store;
        this.producer = producer;
        this.tablePrefix = tablePrefix;
        this.pageSize = pageSize;
        this.models = List.copyOf(models);
    }

    /** The mirrored models ({@code mirror.models}), which the reconcile route takes one at a time. */
    public List<String> models() {
        return models;
    }

    /** Deletes the rows whose record Odoo no longer has (archived records included); the number deleted. */
    public int reconcile(String model) throws SQLException {
        MirrorTable table = new MirrorTable(MirrorTable.tableName(tablePrefix, model), Map.of());
        Set<Long> gone = new HashSet<>(store.ids(table));
        long after = 0;
        while (!gone.isEmpty()) {
            List<?> page = producer.requestBody("odoo:" + model + "?operation=call&method=search", searchAfter(after), List.class);
            for (Object id : page) {
                long value = ((Number) id).longValue();
                gone.remove(value);
                after = Math.max(after, value);
            }
            if (page.size() < pageSize) {
                break;
            }
        }
        int deleted = store.delete(table, gone);
        LOG.info("Mirror of {}: {} row(s) of deleted records removed", model, deleted);
        return deleted;
    }

    private Map<String, Object> searchAfter(long id) {
        return Map.of("args", List.of(List.of(List.of("id", ">", id))),
                "kwargs", Map.of("order", "id", "limit", pageSize, "context", Map.of("active_test", false)));
    }
}
