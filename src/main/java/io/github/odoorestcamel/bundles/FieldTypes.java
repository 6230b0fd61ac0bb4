package io.github.odoorestcamel.bundles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.ProducerTemplate;

/**
 * The type of each field of a model and whether Odoo stores it, from {@code fields_get} as the
 * service account sees it (through the {@code odoo:} producer). Kept for the life of the process:
 * a field added in Odoo reaches the bundles after a restart.
 */
public final class FieldTypes {

    /** One field: its Odoo type and whether it is stored (not computed on the fly). */
    public record Field(String type, boolean stored) {

        /**
         * Whether the bundles carry the field: a computed field that is not stored changes without
         * its record's write_date moving, so a copy of it would go stale; binary content does not
         * belong on a bus or in a warehouse row.
         */
        public boolean carried() {
            return stored && !"binary".equals(type);
        }
    }

    private static final Map<String, Object> ARGUMENTS = Map.of("args", List.of(),
            "kwargs", Map.of("attributes", List.of("type", "store")));

    private final ProducerTemplate producer;
    private final Map<String, Map<String, Field>> byModel = new ConcurrentHashMap<>();

    public FieldTypes(ProducerTemplate producer) {
        this.producer = producer;
    }

    public Map<String, Field> of(String model) {
        return byModel.computeIfAbsent(model, this::load);
    }

    /** The record with only the fields the bundles carry (and its id). */
    public Map<String, Object> carried(String model, Map<String, Object> record) {
        Map<String, Field> fields = of(model);
        Map<String, Object> kept = new LinkedHashMap<>();
        record.forEach((name, value) -> {
            Field field = fields.get(name);
            if ("id".equals(name) || (field != null && field.carried())) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private Map<String, Field> load(String model) {
        Map<?, ?> answer = producer.requestBody("odoo:" + model + "?operation=call&method=fields_get", ARGUMENTS, Map.class);
        Map<String, Field> fields = new LinkedHashMap<>();
        answer.forEach((name, description) -> {
            Map<?, ?> attributes = (Map<?, ?>) description;
            fields.put((String) name, new Field((String) attributes.get("type"), !Boolean.FALSE.equals(attributes.get("store"))));
        });
        return Map.copyOf(fields);
    }
}
