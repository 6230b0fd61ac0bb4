package io.github.odoorestcamel.bundles.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One created or changed Odoo record as the feed publishes it: the JSON body
 * {@code {"model", "id", "write_date", "record"}} and the headers {@code OdooModel}, {@code OdooId}
 * and {@code OdooEventId}. The event id is {@code model:id:write_date}, the same for every copy of
 * one change, so a consumer downstream can drop a duplicate by it.
 */
public record ChangeEvent(String model, long id, String writeDate, Map<String, Object> record) {

    public static final String MODEL_HEADER = "OdooModel";
    public static final String ID_HEADER = "OdooId";
    public static final String EVENT_ID_HEADER = "OdooEventId";

    public String eventId() {
        return model + ":" + id + ":" + writeDate;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("id", id);
        body.put("write_date", writeDate);
        body.put("record", record);
        return body;
    }

    public Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MODEL_HEADER, model);
        headers.put(ID_HEADER, id);
        headers.put(EVENT_ID_HEADER, eventId());
        return headers;
    }
}
