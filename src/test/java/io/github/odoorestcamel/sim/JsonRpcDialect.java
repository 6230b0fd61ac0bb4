package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** /jsonrpc: the common, object and db services, authenticated by uid and password or API key (transcripts A0–B8). */
final class JsonRpcDialect {

    private final SimInstance instance;
    private final SimAccounts accounts;
    private final SimExecutor executor;
    private final SimDatabase db;

    JsonRpcDialect(SimInstance instance, SimAccounts accounts, SimExecutor executor, SimDatabase db) {
        this.instance = instance;
        this.accounts = accounts;
        this.executor = executor;
        this.db = db;
    }

    JsonNode call(JsonNode params) {
        String service = params.path("service").asText();
        String method = params.path("method").asText();
        JsonNode args = params.path("args");
        switch (service) {
            case "common":
                if (method.equals("version")) {
                    return instance.versionInfo();
                }
                if (method.equals("login") || method.equals("authenticate")) {
                    instance.checkDatabase(args.path(0).asText());
                    Integer uid = SimAccounts.UIDS.get(args.path(1).asText());
                    return uid != null && accounts.validSecret(uid, args.path(2).asText())
                            ? SimResponses.NODES.numberNode(uid) : SimResponses.NODES.booleanNode(false);
                }
                throw OdooFault.of("builtins.AttributeError", "module 'odoo.service.common' has no attribute 'exp_" + method + "'");
            case "object":
                return executeKw(args);
            case "db":
                throw OdooFault.accessDenied();
            default:
                throw OdooFault.unknownModel(service);
        }
    }

    private JsonNode executeKw(JsonNode args) {
        instance.checkDatabase(args.path(0).asText());
        int uid = args.path(1).asInt();
        if (!SimAccounts.UIDS.containsValue(uid)) {
            throw OdooFault.missing("res.users", List.of(uid), uid);
        }
        if (!accounts.validSecret(uid, args.path(2).asText())) {
            throw OdooFault.accessDenied();
        }
        String model = args.path(3).asText();
        if (db.model(model) == null) {
            throw OdooFault.of("odoo.exceptions.UserError", "Object " + model + " doesn't exist");
        }
        ArrayNode callArgs = args.path(5).isArray() ? (ArrayNode) args.path(5).deepCopy() : SimResponses.NODES.arrayNode();
        return executor.call(uid, model, args.path(4).asText(), callArgs, args.path(6));
    }
}
