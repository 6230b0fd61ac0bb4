package io.github.odoorestcamel.bundles.feed;

import io.github.odoorestcamel.bundles.CarriedFields;
import io.github.odoorestcamel.component.odoo.OdooConstants;
import io.github.odoorestcamel.component.odoo.OdooEndpoint;
import io.github.odoorestcamel.json.Json;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Turns a change from the {@code odoo:} consumer into the feed's message: JSON body and event headers. */
public final class ChangeEventProcessor implements Processor {

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String model = in.getHeader(OdooConstants.MODEL, String.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> record = new CarriedFields(OdooEndpoint.fieldsOf(exchange)).of(in.getBody(Map.class));
        ChangeEvent event = new ChangeEvent(model, in.getHeader(OdooConstants.ID, Long.class),
                in.getHeader(OdooConstants.CHANGE, String.class), in.getHeader(OdooConstants.WRITE_DATE, String.class), record);
        in.setBody(Json.MAPPER.writeValueAsString(event.body()));
        in.getHeaders().putAll(event.headers());
    }
}
