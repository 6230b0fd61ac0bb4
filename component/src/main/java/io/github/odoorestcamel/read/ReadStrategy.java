package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.Caller;
import java.util.Optional;

/**
 * How records are read from a given Odoo: in one call with a nested specification (≥ 17), or in
 * batches of one call per relation and level (16). Both answer in {@code web_read} form.
 */
public interface ReadStrategy {

    RecordPage list(Caller user, ListCall call);

    Optional<JsonNode> one(Caller user, FieldSelection selection, int id, ObjectNode context);
}
