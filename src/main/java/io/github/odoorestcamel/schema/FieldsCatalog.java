package io.github.odoorestcamel.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code fields_get} answers, cached per Odoo URL, database, user, language and model: two users
 * may see different fields of the same model, so one user's answer is never served to another.
 */
public final class FieldsCatalog {

    private record Key(String odooUrl, String db, String principal, String lang, String model) {
    }

    private final OdooClient odoo;
    private final String odooUrl;
    private final Cache<Key, ModelFields> cache;

    public FieldsCatalog(OdooClient odoo, String odooUrl, Duration ttl, long maxEntries) {
        this.odoo = odoo;
        this.odooUrl = odooUrl;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).recordStats().maximumSize(maxEntries).build();
    }

    /** The fields source for one user; relations of a nested query are looked up through it. */
    public FieldsSource forUser(Caller user) {
        return model -> fieldsOf(user, model);
    }

    public ModelFields fieldsOf(Caller user, String model) {
        return cache.get(new Key(odooUrl, user.db(), user.principal(), user.lang(), model), key -> load(user, model));
    }

    private ModelFields load(Caller user, String model) {
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.putArray("attributes").add("type").add("relation");
        ObjectNode context = kwargs.putObject("context");
        if (!user.lang().isEmpty()) {
            context.put("lang", user.lang());
        }
        JsonNode answer = odoo.execute(user, model, "fields_get", Json.NODES.arrayNode(), kwargs);
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        answer.fields().forEachRemaining(e -> {
            JsonNode relation = e.getValue().path("relation");
            fields.put(e.getKey(), new FieldInfo(e.getKey(), e.getValue().path("type").asText(),
                    relation.isTextual() ? relation.asText() : null));
        });
        fields.putIfAbsent("id", new FieldInfo("id", "integer", null));
        return new ModelFields(model, fields);
    }

    /** Hits, misses and evictions of the cache, for the metrics. */
    public CacheStats cacheStats() {
        return cache.stats();
    }
}
