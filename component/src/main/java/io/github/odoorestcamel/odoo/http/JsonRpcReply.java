package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code result} of a successful JSON-RPC answer, and the session cookie Odoo set, if any. */
public record JsonRpcReply(JsonNode result, String sessionCookie) {

    @Override
    public String toString() {
        return "JsonRpcReply[result=" + result.getNodeType() + "]";
    }
}
