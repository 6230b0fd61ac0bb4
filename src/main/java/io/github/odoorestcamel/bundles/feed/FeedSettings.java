package io.github.odoorestcamel.bundles.feed;

import io.github.odoorestcamel.bundles.PolledModels;
import io.github.odoorestcamel.config.SettingsReader;

/** The models the feed publishes; its routes read {@code feed.since} and {@code feed.destination} themselves. */
public record FeedSettings(PolledModels models) {

    public static FeedSettings read(SettingsReader settings) {
        return new FeedSettings(PolledModels.read(settings, "feed"));
    }
}
