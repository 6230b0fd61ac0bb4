package io.github.odoorestcamel.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import java.time.Duration;

/**
 * The user id of a login and API key, from {@code common.authenticate} over {@code /jsonrpc},
 * remembered for a while under a hash of database, login and key (never the key itself). Odoo still
 * checks the key on every call, so a revoked key stops working at once.
 */
public final class ApiKeyLogins {

    private final JsonRpcChannel channel;
    private final Cache<String, Integer> uids;

    public ApiKeyLogins(JsonRpcChannel channel, Duration ttl, long maxEntries) {
        this.channel = channel;
        this.uids = Caffeine.newBuilder().expireAfterWrite(ttl).recordStats().maximumSize(maxEntries).build();
    }

    public int uid(String db, String login, String apiKey) {
        return uids.get(Caller.sha256(db + '\0' + login + '\0' + apiKey), hash -> authenticate(db, login, apiKey));
    }

    private int authenticate(String db, String login, String apiKey) {
        ObjectNode params = Json.NODES.objectNode().put("service", "common").put("method", "authenticate");
        params.putArray("args").add(db).add(login).add(apiKey).addObject();
        JsonNode uid;
        try {
            uid = channel.post("/jsonrpc", params, null).result();
        } catch (GatewayException e) {
            if ("OperationalError".equals(e.exceptionType())) {
                throw GatewayException.unauthenticated("Database '" + db + "' cannot be used with this API key");
            }
            throw e;
        }
        if (!uid.canConvertToInt() || uid.asInt() <= 0) {
            throw GatewayException.unauthenticated("Invalid login or API key");
        }
        return uid.asInt();
    }

    /** Hits, misses and evictions of the cache, for the metrics. */
    public CacheStats cacheStats() {
        return uids.stats();
    }
}
