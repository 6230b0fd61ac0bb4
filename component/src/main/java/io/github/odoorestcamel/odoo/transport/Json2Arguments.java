package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import java.util.List;
import java.util.Map;

/**
 * JSON-2 takes named arguments only: the positional arguments of the methods the gateway calls,
 * with the names Odoo's signatures give them ({@code ids} first for record methods).
 */
final class Json2Arguments {

    private static final Map<String, List<String>> POSITIONAL = Map.ofEntries(
            Map.entry("fields_get", List.of("allfields", "attributes")),
            Map.entry("search", List.of("domain", "offset", "limit", "order")),
            Map.entry("search_count", List.of("domain", "limit")),
            Map.entry("search_read", List.of("domain", "fields", "offset", "limit", "order")),
            Map.entry("web_search_read", List.of("domain", "specification", "offset", "limit", "order", "count_limit")),
            Map.entry("read", List.of("ids", "fields", "load")),
            Map.entry("web_read", List.of("ids", "specification")),
            Map.entry("write", List.of("ids", "vals")),
            Map.entry("unlink", List.of("ids")),
            Map.entry("create", List.of("vals_list")),
            Map.entry("name_search", List.of("name", "domain", "operator", "limit")));

    private Json2Arguments() {
    }

    static ObjectNode named(String method, ArrayNode args, ObjectNode kwargs) {
        ObjectNode body = kwargs.deepCopy();
        if (args.isEmpty()) {
            return body;
        }
        List<String> names = POSITIONAL.get(method);
        if (names == null || args.size() > names.size()) {
            throw GatewayException.badRequest("Odoo's JSON-2 API takes named arguments only: pass the arguments of '"
                    + method + "' in kwargs (and the record ids in the URL)");
        }
        for (int i = 0; i < args.size(); i++) {
            body.set(names.get(i), "create".equals(method) && i == 0 && args.get(0).isObject()
                    ? body.arrayNode().add(args.get(0)) : args.get(i));
        }
        return body;
    }
}
