package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs one model method call in its own transaction, as every dialect's Odoo does: stamped with its
 * start time (E4b), and rolled back whole when it fails. Records each call for the tests.
 */
final class SimExecutor {

    private final SimDatabase db;
    private final int major;
    private final FaultInjector faults;
    private final List<ModelCall> calls = new CopyOnWriteArrayList<>();

    private static final Set<String> READS = Set.of("search", "search_read", "search_count", "read", "web_search_read", "web_read",
            "fields_get", "name_search");

    SimExecutor(SimDatabase db, int major, FaultInjector faults) {
        this.db = db;
        this.major = major;
        this.faults = faults;
    }

    JsonNode call(int uid, String model, String method, ArrayNode args, JsonNode kwargs) {
        calls.add(new ModelCall(model, method, args.deepCopy(), kwargs.deepCopy()));
        faults.failIfUnreachable(method);
        synchronized (db) {
            db.begin(Instant.now());
            // a read changes nothing, so it needs no copy to roll back to (a copy costs the whole database)
            var before = READS.contains(method) ? null : db.snapshot();
            try {
                return new SimMethods(db, major, uid).call(model, method, args,
                        kwargs.isObject() ? kwargs : JsonNodeFactory.instance.objectNode());
            } catch (OdooFault | ClassCastException | NullPointerException | IllegalArgumentException | IndexOutOfBoundsException fault) {
                if (before != null) {
                    db.restore(before);
                }
                throw fault instanceof OdooFault odooFault ? odooFault
                        : OdooFault.of("builtins.TypeError", "Bad arguments: " + fault.getMessage());
            }
        }
    }

    List<ModelCall> calls() {
        return calls;
    }
}
