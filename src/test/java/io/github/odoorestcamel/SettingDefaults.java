package io.github.odoorestcamel;

import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The settings' defaults as config/application.properties gives them: their one source, for tests too. */
public final class SettingDefaults {

    private static final Properties DEFAULTS = load();

    private SettingDefaults() {
    }

    public static QueryLimits queryLimits() {
        return new QueryLimits(integer("odoo.rest.query.max-length"), integer("odoo.rest.query.max-depth"),
                integer("odoo.rest.query.max-fields"));
    }

    public static DomainFilter.Limits domainLimits() {
        return new DomainFilter.Limits(integer("odoo.rest.filter.max-length"), integer("odoo.rest.filter.max-terms"),
                integer("odoo.rest.filter.max-value-length"));
    }

    private static int integer(String key) {
        return Integer.parseInt(DEFAULTS.getProperty(key).strip());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = SettingDefaults.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
