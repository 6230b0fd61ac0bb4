package io.github.odoorestcamel.bundles.commands;

import io.github.odoorestcamel.config.SettingsReader;

/**
 * How many command ids are remembered to apply a redelivered command once; the routes read the
 * other {@code commands.*} settings themselves.
 */
public record CommandsSettings(long idempotencyCacheSize) {

    public static CommandsSettings read(SettingsReader settings) {
        return new CommandsSettings(settings.number("commands.idempotency.cache-size"));
    }
}
