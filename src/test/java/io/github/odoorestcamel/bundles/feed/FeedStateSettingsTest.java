package io.github.odoorestcamel.bundles.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.config.SettingsFixture;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedStateSettingsTest {

    @Test
    void theFeedKeepsItsPositionInAFileOfItsOwnByDefault() {
        assertEquals(Optional.empty(), FeedStateSettings.read(SettingsFixture.overDefaults(Map.of())).jdbcUrl());
    }

    @Test
    void aJdbcUrlSharesThePositionThroughThatDatabase() {
        FeedStateSettings state = FeedStateSettings.read(SettingsFixture.overDefaults(Map.of("feed.state.jdbc-url", "jdbc:postgresql://db/mirror")));
        assertEquals(Optional.of("jdbc:postgresql://db/mirror"), state.jdbcUrl());
    }

    @Test
    void thePasswordNeverShows() {
        String shown = FeedStateSettings.read(SettingsFixture.overDefaults(Map.of("feed.state.jdbc-url", "jdbc:postgresql://db/mirror",
                "feed.state.jdbc-password", "s3cret"))).toString();
        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("jdbcPassword=(set)"), shown);
    }
}
