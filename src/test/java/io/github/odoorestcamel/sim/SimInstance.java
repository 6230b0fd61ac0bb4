package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Which Odoo this is: its major version and its one database, as version_info and session info report them (C0, 05). */
record SimInstance(int major, String database) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode versionInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("server_version", major + ".0-20240709");
        info.putArray("server_version_info").add(major).add(0).add(0).add("final").add(0).add("");
        info.put("server_serie", major + ".0");
        info.put("protocol_version", 1);
        return info;
    }

    ObjectNode sessionInfo(int uid) {
        ObjectNode info = NODES.objectNode();
        info.put("uid", uid);
        info.put("is_system", uid == SimDatabase.ADMIN);
        info.put("is_admin", uid == SimDatabase.ADMIN);
        ObjectNode context = info.putObject("user_context");
        context.put("lang", "en_US").put("tz", "Europe/Brussels").put("uid", uid);
        info.put("db", database);
        info.put("server_version", major + ".0-20240709");
        info.put("name", uid == SimDatabase.ADMIN ? "Mitchell Admin" : "Marc Demo");
        info.put("username", uid == SimDatabase.ADMIN ? "admin" : "demo");
        info.put("partner_id", uid == SimDatabase.ADMIN ? 3 : 7);
        return info;
    }

    /** /jsonrpc names the database in every call; another one fails as PostgreSQL does (A5). */
    void checkDatabase(String name) {
        if (!database.equals(name)) {
            throw OdooFault.of("psycopg2.OperationalError", "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \""
                    + name + "\" does not exist\n");
        }
    }
}
