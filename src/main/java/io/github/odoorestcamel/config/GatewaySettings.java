package io.github.odoorestcamel.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.camel.spi.PropertiesComponent;

/**
 * Typed access to the {@code odoo.*} settings of {@code application.properties}; each may be
 * overridden by an environment variable named after it ({@code odoo.url} → {@code ODOO_URL}).
 */
public final class GatewaySettings {

    private final PropertiesComponent properties;

    public GatewaySettings(PropertiesComponent properties) {
        this.properties = properties;
    }

    public String text(String key) {
        return properties.resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + key + " in application.properties"))
                .strip();
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

    /** A comma-separated list; empty entries are dropped. */
    public Set<String> list(String key) {
        return new LinkedHashSet<>(CommaSeparated.split(properties.resolveProperty(key).orElse("")));
    }
}
