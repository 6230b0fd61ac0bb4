package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.SettingsReader;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The models a polling bundle (mirror, feed) reads, from {@code <bundle>.models}: each with the
 * fields of {@code <bundle>.query.<model>} (without one, every field), every {@code <bundle>.delay}.
 */
public record PolledModels(String bundle, Map<String, String> queries, Duration delay) {

    /** The query of a model whose every field is carried. */
    public static final String EVERY_FIELD = "{*}";

    public static PolledModels read(SettingsReader settings, String bundle) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String model : settings.list(bundle + ".models")) {
            queries.put(model, settings.optional(bundle + ".query." + model).orElse(EVERY_FIELD));
        }
        return new PolledModels(bundle, Collections.unmodifiableMap(queries), settings.seconds(bundle + ".delay"));
    }
}
