package io.github.odoorestcamel.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Readers over given settings, alone or over config/application.properties, through a (never started) Camel context's properties. */
public final class SettingsFixture {

    private SettingsFixture() {
    }

    public static SettingsReader only(Map<String, String> settings) {
        return reader(new Properties(), settings);
    }

    public static SettingsReader overDefaults(Map<String, String> settings) {
        Properties defaults = new Properties();
        try (InputStream in = SettingsFixture.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader(defaults, settings);
    }

    private static SettingsReader reader(Properties properties, Map<String, String> settings) {
        properties.putAll(settings);
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        return SettingsReader.of(context);
    }
}
