package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** One model method call the simulated Odoo carried out (or refused), as its ORM saw it. */
public record ModelCall(String model, String method, ArrayNode args, JsonNode kwargs) {

    /** A positional argument, or the keyword argument of that name (JSON-2 sends only those). */
    public JsonNode arg(int index, String name) {
        return SimMethods.arg(args, kwargs, index, name);
    }
}
