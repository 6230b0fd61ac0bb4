package io.github.odoorestcamel.bundles.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change of an Odoo record as the feed publishes it: the JSON body
 * {@code {"model", "id", "change", "write_date", "record"}} and the headers {@code OdooModel},
 * {@code OdooId}, {@code OdooChange} and {@code OdooEventId}. {@code change} is {@code created},
 * {@code updated} or {@code deleted}; a deleted record's {@code write_date} is when its deletion was
 * noticed and its {@code record} only its id. The event id, the same for every copy of one change
 * so a consumer downstream can drop a duplicate by it, is {@code model:id:write_date}, or
 * {@code model:id:deleted}, since a record is deleted once but may be noticed at another time
 * after a restart.
 */
public record ChangeEvent(String model, long id, String change, String writeDate, Map<String, Object> record) {

    public static final String MODEL_HEADER = "OdooModel";
    public static final String ID_HEADER = "OdooId";
    public static final String CHANGE_HEADER = "OdooChange";
    public static final String EVENT_ID_HEADER = "OdooEventId";
    private static final String DELETED = "deleted";

    public String eventId() {
        return model + ":" + id + ":" + (DELETED.equals(change) ? DELETED : writeDate);
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("id", id);
        body.put("change", change);
        body.put("write_date", writeDate);
        body.put("record", record);
        return body;
    }

    public Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MODEL_HEADER, model);
        headers.put(ID_HEADER, id);
        headers.put(CHANGE_HEADER, change);
        headers.put(EVENT_ID_HEADER, eventId());
        return headers;
    }
}
