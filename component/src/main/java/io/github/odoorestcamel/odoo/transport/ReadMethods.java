package io.github.odoorestcamel.odoo.transport;

import java.util.Set;

/**
 * The model methods that only read. A call of one of them may be sent again when the connection
 * died before Odoo answered; any other call may already have changed data and is never repeated.
 */
final class ReadMethods {

    private static final Set<String> READS = Set.of("fields_get", "search", "search_count", "search_read", "read",
            "web_search_read", "web_read", "name_search");

    private ReadMethods() {
    }

    static boolean isRead(String method) {
        return READS.contains(method);
    }
}
