package io.github.odoorestcamel.bundles.feed;

import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;
import java.util.Optional;

/**
 * Where the feed keeps its positions ({@code feed.state.*}): without a JDBC URL, the file
 * {@code feed.state} in {@code odoo.state-dir}, which only this instance reads; with one, the table
 * {@code odoo_sync_state} of that PostgreSQL database, which every instance reads, so the one
 * taking a model over resumes where the last one stopped.
 */
public record FeedStateSettings(Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword) {

    public static FeedStateSettings read(SettingsReader settings) {
        return new FeedStateSettings(settings.optional("feed.state.jdbc-url"), settings.text("feed.state.jdbc-user"),
                settings.text("feed.state.jdbc-password"));
    }

    @Override
    public String toString() {
        return "FeedStateSettings[jdbcUrl=" + jdbcUrl.orElse("(file)") + ", jdbcUser=" + jdbcUser + ", jdbcPassword="
                + Secret.shown(jdbcPassword) + "]";
    }
}
