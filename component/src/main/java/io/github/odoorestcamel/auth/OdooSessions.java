package io.github.odoorestcamel.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.JsonRpcReply;
import java.time.Duration;

/**
 * Odoo's interactive sessions: login, logout, and who a session id belongs to. What Odoo says of a
 * session is cached under a hash of the id (never the id itself) for a short time.
 */
public final class OdooSessions {

    private final JsonRpcChannel channel;
    private final Cache<String, Caller> known;

    public OdooSessions(JsonRpcChannel channel, Duration ttl, long maxSessions) {
        this.channel = channel;
        this.known = Caffeine.newBuilder().expireAfterWrite(ttl).recordStats().maximumSize(maxSessions).build();
    }

    /** Logs in; the reply's {@code sessionCookie} is the new session id. */
    public JsonRpcReply authenticate(String db, String login, String password) {
        ObjectNode params = Json.NODES.objectNode().put("db", db).put("login", login).put("password", password);
        JsonRpcReply reply = channel.post("/web/session/authenticate", params, null);
        if (reply.sessionCookie() == null || !reply.result().path("uid").canConvertToInt()) {
            throw GatewayException.unauthenticated("Access Denied");
        }
        known.put(Caller.sha256(reply.sessionCookie()), toUser(reply.sessionCookie(), reply.result()));
        return reply;
    }

    public JsonRpcReply destroy(String sessionId) {
        known.invalidate(Caller.sha256(sessionId));
        return channel.post("/web/session/destroy", Json.NODES.objectNode(), sessionId);
    }

    /** Who the session belongs to; 401 when Odoo no longer knows it. */
    public Caller resolve(String sessionId) {
        return known.get(Caller.sha256(sessionId), key -> {
            JsonNode info = channel.post("/web/session/get_session_info", Json.NODES.objectNode(), sessionId, true).result();
            if (!info.path("uid").canConvertToInt()) {
                throw new GatewayException(ErrorKind.UNAUTHENTICATED,
                        "odoo.http.SessionExpiredException", "Session expired");
            }
            return toUser(sessionId, info);
        });
    }

    private static Caller toUser(String sessionId, JsonNode info) {
        String lang = info.path("user_context").path("lang").asText("en_US");
        return Caller.session(sessionId, info.path("db").asText(), info.path("uid").asInt(), lang);
    }

    /** Hits, misses and evictions of the cache, for the metrics. */
    public CacheStats cacheStats() {
        return known.stats();
    }
}
