package io.github.odoorestcamel.odoo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import java.time.Duration;

/** The version of the configured Odoo, asked once per Odoo URL and kept for a while. */
public final class ServerVersions {

    private final JsonRpcChannel channel;
    private final String odooUrl;
    private final Cache<String, OdooVersion> cache;

    public ServerVersions(JsonRpcChannel channel, String odooUrl, Duration ttl) {
        this.channel = channel;
        this.odooUrl = odooUrl;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(16).build();
    }

    public OdooVersion current() {
        return cache.get(odooUrl, url -> OdooVersion.from(
                channel.post("/web/webclient/version_info", Json.NODES.objectNode(), null, true).result()));
    }
}
