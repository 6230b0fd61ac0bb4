package io.github.odoorestcamel.config;

import io.github.odoorestcamel.core.CommaSeparated;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * Reads settings through Camel's properties: {@code config/application.properties}, where every
 * default is written, each key overridden by an environment variable named after it
 * ({@code odoo.url} → {@code ODOO_URL}). A key that is missing stops the start, naming it.
 */
public final class SettingsReader {

    private final PropertiesComponent properties;

    public SettingsReader(PropertiesComponent properties) {
        this.properties = properties;
    }

    public static SettingsReader of(CamelContext context) {
        return new SettingsReader(context.getPropertiesComponent());
    }

    public String text(String key) {
        return properties.resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + key + " in application.properties"))
                .strip();
    }

    /** A key application.properties may leave out (one per model, or another component's option); blank counts as unset. */
    public Optional<String> optional(String key) {
        return properties.resolveProperty(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    public int integer(String key) {
        return Integer.parseInt(text(key));
    }

    public long number(String key) {
        return Long.parseLong(text(key));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }

    public Duration seconds(String key) {
        return Duration.ofSeconds(number(key));
    }

    public Duration millis(String key) {
        return Duration.ofMillis(number(key));
    }

    /** A comma-separated list, in order, each entry once. */
    public Set<String> list(String key) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(CommaSeparated.split(text(key))));
    }
}
