package io.github.odoorestcamel.core;

import java.time.Duration;

/**
 * How long, and for how many keys, what Odoo said is remembered: its version, what it said of a
 * session, the user id of a login and API key, and {@code fields_get} answers.
 */
public record OdooCacheSettings(Duration versionTtl, Duration sessionTtl, long sessionSize, Duration apiKeyTtl, long apiKeySize,
                                Duration schemaTtl, long schemaSize) {
}
