package io.github.odoorestcamel.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import java.time.Duration;

/**
 * {@code fields_get} answers ({@link FieldsGet}), cached per Odoo URL, database, user, language and
 * model: two users may see different fields of the same model, so one user's answer is never served
 * to another.
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
        return cache.get(new Key(odooUrl, user.db(), user.principal(), user.lang(), model), key -> FieldsGet.ask(odoo, user, model));
    }

    /** Hits, misses and evictions of the cache, for the metrics. */
    public CacheStats cacheStats() {
        return cache.stats();
    }
}
