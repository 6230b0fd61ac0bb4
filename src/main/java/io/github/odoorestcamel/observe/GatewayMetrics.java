package io.github.odoorestcamel.observe;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;

/**
 * The gateway's own meters beside those of the HTTP server and of the calls to Odoo: cache hits
 * and misses, and the counters of the data flows (rows mirrored, messages published, commands
 * applied, webhooks delivered, messages dead-lettered), registered under {@code gateway.*}. Bound in the registry as
 * {@code gatewayMetrics} for the routes and processors that carry those flows.
 */
public final class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Publishes the hits and misses of a Caffeine cache as {@code gateway.cache.requests{cache,result}}
     * and its evictions as {@code gateway.cache.evictions{cache}}. The meters read the owner's
     * statistics when scraped and hold the owner only weakly, as Micrometer does.
     */
    public <T> void watchCache(String name, T owner, Function<T, CacheStats> stats) {
        FunctionCounter.builder("gateway.cache.requests", owner, o -> stats.apply(o).hitCount())
                .description("Lookups in the gateway's caches").tag("cache", name).tag("result", "hit").register(registry);
        FunctionCounter.builder("gateway.cache.requests", owner, o -> stats.apply(o).missCount())
                .description("Lookups in the gateway's caches").tag("cache", name).tag("result", "miss").register(registry);
        FunctionCounter.builder("gateway.cache.evictions", owner, o -> stats.apply(o).evictionCount())
                .description("Entries dropped from the gateway's caches for size or age").tag("cache", name).register(registry);
    }

    public void rowsMirrored(String model, long rows) {
        counter("gateway.rows.mirrored", "Rows copied from Odoo to the mirror database", "model", model).increment(rows);
    }

    public void messagePublished(String destination) {
        counter("gateway.messages.published", "Messages published to the broker", "destination", destination).increment();
    }

    public void commandApplied(String model, String operation) {
        Counter.builder("gateway.commands.applied").description("Commands from the broker carried out in Odoo")
                .tag("model", model).tag("operation", operation).register(registry).increment();
    }

    public void webhookDelivered(String receiver) {
        counter("gateway.webhooks.delivered", "Events a webhook receiver accepted (2xx)", "receiver", receiver).increment();
    }

    public void deadLettered(String source) {
        counter("gateway.messages.dead.lettered", "Messages set aside after failing", "source", source).increment();
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }
}
