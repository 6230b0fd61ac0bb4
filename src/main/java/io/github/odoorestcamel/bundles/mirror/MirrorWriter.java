package io.github.odoorestcamel.bundles.mirror;

import io.github.odoorestcamel.bundles.CarriedFields;
import io.github.odoorestcamel.component.odoo.OdooConstants;
import io.github.odoorestcamel.component.odoo.OdooEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Writes one batch of the {@code odoo:} consumer into the model's table, together with the
 * consumer's state after the batch ({@code CamelOdooState}) in the same transaction.
 */
public final class MirrorWriter implements Processor {

    private final MirrorStore store;
    private final String tablePrefix;

    public MirrorWriter(MirrorStore store, String tablePrefix) {
        this.store = store;
        this.tablePrefix = tablePrefix;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String model = in.getHeader(OdooConstants.MODEL, String.class);
        CarriedFields carried = new CarriedFields(OdooEndpoint.fieldsOf(exchange));
        List<MirrorRow> rows = new ArrayList<>();
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (Object item : in.getBody(List.class)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record = carried.of((Map<String, Object>) item);
            record.keySet().stream().filter(name -> !"id".equals(name))
                    .forEach(name -> columns.computeIfAbsent(name, n -> ColumnType.forField(carried.type(n))));
            Object writeDate = record.get(MirrorTable.WRITE_DATE);
            rows.add(new MirrorRow(((Number) record.get("id")).longValue(), record, writeDate instanceof String s ? s : null));
        }
        MirrorTable table = new MirrorTable(MirrorTable.tableName(tablePrefix, model), columns);
        store.write(table, rows, in.getHeader(OdooConstants.STATE_KEY, String.class), in.getHeader(OdooConstants.STATE, String.class));
    }
}
