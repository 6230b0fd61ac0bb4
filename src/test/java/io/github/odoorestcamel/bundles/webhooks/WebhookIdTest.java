package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookIdTest {

    @Test
    void oneEventHasOneIdWhateverTheAttempt() {
        assertEquals(WebhookId.of("res.partner:7:2026-11-27 19:42:44", "{\"id\":7}"),
                WebhookId.of("res.partner:7:2026-11-27 19:42:44", "{\"id\":7}"));
        assertTrue(WebhookId.of("res.partner:7:2026-11-27 19:42:44", "{}").matches("msg_[0-9a-f]{32}"));
    }

    @Test
    void twoChangesOfARecordWithinOneSecondHaveTwoIds() {
        assertNotEquals(WebhookId.of("res.partner:7:2026-11-27 19:42:44", "{\"name\":\"a\"}"),
                WebhookId.of("res.partner:7:2026-11-27 19:42:44", "{\"name\":\"b\"}"));
    }
}
