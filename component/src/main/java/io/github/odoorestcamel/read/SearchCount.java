package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;

/** {@code search_count} of a domain. */
final class SearchCount {

    private SearchCount() {
    }

    static long of(OdooClient odoo, Caller user, String model, ArrayNode domain, ObjectNode context) {
        ArrayNode args = Json.NODES.arrayNode();
        args.add(domain);
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.set("context", context);
        return odoo.execute(user, model, "search_count", args, kwargs).asLong();
    }
}
