package io.github.odoorestcamel.component.odoo;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The producer's operations, by the name the option {@code operation} and the header {@code CamelOdooOperation} give. */
final class Operations {

    private static final Map<String, OdooOperation> BY_NAME = Map.of(
            "searchRead", new SearchReadOperation(),
            "read", new ReadOperation(),
            "count", new CountOperation(),
            "create", new CreateOperation(),
            "write", new WriteOperation(),
            "unlink", new UnlinkOperation(),
            "upsert", new UpsertOperation(),
            "call", new CallOperation(),
            "fieldsGet", new FieldsGetOperation());

    private Operations() {
    }

    static Optional<OdooOperation> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** The names, sorted and comma-separated, for the message that refuses another. */
    static String names() {
        return String.join(", ", new TreeSet<>(BY_NAME.keySet()));
    }

    /** Refuses an endpoint whose operation is none of the known ones, naming them. */
    static void check(String name, String model) {
        if (named(name).isEmpty()) {
            throw new IllegalArgumentException("Unknown operation '" + name + "' of odoo:" + model + "; one of " + names());
        }
    }
}
