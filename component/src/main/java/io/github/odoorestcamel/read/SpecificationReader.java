package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.util.Optional;

/**
 * Odoo ≥ 17: one {@code web_search_read} per list (records and the total count together) and one
 * {@code web_read} per record. The only second call is for a page past the end, where Odoo answers
 * {@code length: 0} and the total must be counted.
 */
public final class SpecificationReader implements ReadStrategy {

    private final OdooClient odoo;

    public SpecificationReader(OdooClient odoo) {
        this.odoo = odoo;
    }

    @Override
    public RecordPage list(Caller user, ListCall call) {
        JsonNode answer = odoo.execute(user, call.selection().model(), "web_search_read", Json.NODES.arrayNode(), kwargs(call));
        ArrayNode records = OdooAnswers.list(answer.path("records"), "web_search_read");
        long total = answer.path("length").asLong();
        if (records.isEmpty() && call.offset() > 0 && call.counted()) {
            total = SearchCount.of(odoo, user, call.selection().model(), call.domain(), call.context());
        }
        return new RecordPage(records, total);
    }

    /** The arguments of {@code web_search_read} for the call. */
    static ObjectNode kwargs(ListCall call) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("domain", call.domain());
        kwargs.set("specification", Specification.of(call.selection()));
        kwargs.put("offset", call.offset());
        kwargs.put("limit", call.limit());
        if (call.order() != null) {
            kwargs.put("order", call.order());
        }
        if (!call.counted()) {
            // Odoo counts the rows beyond a full page unless the count limit is already reached
            kwargs.put("count_limit", call.offset() + call.limit());
        }
        kwargs.set("context", call.context());
        return kwargs;
    }

    @Override
    public Optional<JsonNode> one(Caller user, FieldSelection selection, int id, ObjectNode context) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("specification", Specification.of(selection));
        kwargs.set("context", context);
        ArrayNode args = Json.NODES.arrayNode();
        args.addArray().add(id);
        JsonNode answer = odoo.execute(user, selection.model(), "web_read", args, kwargs);
        ArrayNode records = OdooAnswers.list(answer, "web_read");
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
    }
}
