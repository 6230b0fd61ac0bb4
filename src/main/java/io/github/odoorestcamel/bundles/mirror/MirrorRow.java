package io.github.odoorestcamel.bundles.mirror;

import java.util.Map;

/** One Odoo record to mirror: its id, its field values as read, and its write_date. */
public record MirrorRow(long id, Map<String, Object> values, String writeDate) {
}
