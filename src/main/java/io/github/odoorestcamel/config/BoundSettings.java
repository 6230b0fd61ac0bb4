package io.github.odoorestcamel.config;

import java.util.function.Function;
import org.apache.camel.CamelContext;

/**
 * The settings records of a Camel context, one of each type. The gateway binds its records at
 * start-up ({@link SettingsConfiguration}); the {@code odoo:} component in a plain Camel
 * application, and a bundle's records, are read the first time they are asked for and bound then.
 */
public final class BoundSettings {

    private BoundSettings() {
    }

    public static <T> T of(CamelContext context, Class<T> type, Function<SettingsReader, T> read) {
        T bound = context.getRegistry().findSingleByType(type);
        if (bound == null) {
            bound = read.apply(SettingsReader.of(context));
            context.getRegistry().bind(type.getName(), type, bound);
        }
        return bound;
    }
}
