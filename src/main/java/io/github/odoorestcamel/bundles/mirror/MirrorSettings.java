package io.github.odoorestcamel.bundles.mirror;

import io.github.odoorestcamel.bundles.PolledModels;
import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;

/**
 * The mirror ({@code mirror.*}) as its beans need it: the models, the database and its tables. Its
 * routes read {@code mirror.batch-size} and {@code mirror.reconcile-every} themselves.
 */
public record MirrorSettings(PolledModels models, String jdbcUrl, String jdbcUser, String jdbcPassword, int jdbcMaxConnections,
                             String tablePrefix, int batchSize) {

    public static MirrorSettings read(SettingsReader settings) {
        return new MirrorSettings(PolledModels.read(settings, "mirror"), settings.text("mirror.jdbc-url"), settings.text("mirror.jdbc-user"),
                settings.text("mirror.jdbc-password"), settings.integer("mirror.jdbc-max-connections"), settings.text("mirror.table-prefix"),
                settings.integer("mirror.batch-size"));
    }

    @Override
    public String toString() {
        return "MirrorSettings[models=" + models + ", jdbcUrl=" + jdbcUrl + ", jdbcUser=" + jdbcUser + ", jdbcPassword="
                + Secret.shown(jdbcPassword) + ", jdbcMaxConnections=" + jdbcMaxConnections + ", tablePrefix=" + tablePrefix
                + ", batchSize=" + batchSize + "]";
    }
}
