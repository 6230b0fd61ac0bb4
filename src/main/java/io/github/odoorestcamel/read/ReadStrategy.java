package io.github.odoorestcamel.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.odoo.UserSession;
import java.util.Optional;

/**
 * How records are read from a given Odoo: in one call with a nested specification (≥ 17), or in
 * batches of one call per relation and level (16). Both answer in {@code web_read} form.
 */
public interface ReadStrategy {

    RecordPage list(UserSession user, ListCall call);

    Optional<JsonNode> one(UserSession user, FieldSelection selection, int id, ObjectNode context);
}
