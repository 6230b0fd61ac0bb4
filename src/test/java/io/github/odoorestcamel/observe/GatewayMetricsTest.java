package io.github.odoorestcamel.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GatewayMetrics metrics = new GatewayMetrics(registry);

    @Test
    void cacheLookupsAreReadFromTheCacheWhenAsked() {
        Cache<String, String> cache = Caffeine.newBuilder().recordStats().build();
        metrics.watchCache("things", cache, Cache::stats);
        cache.get("a", k -> "A");
        cache.get("a", k -> "A");
        cache.get("a", k -> "A");
        assertEquals(1, registry.get("gateway.cache.requests").tag("cache", "things").tag("result", "miss").functionCounter().count());
        assertEquals(2, registry.get("gateway.cache.requests").tag("cache", "things").tag("result", "hit").functionCounter().count());
    }

    @Test
    void dataFlowsAreCountedByTheirSubject() {
        metrics.rowsMirrored("res.partner", 40);
        metrics.rowsMirrored("res.partner", 2);
        metrics.messagePublished("odoo.res.partner");
        metrics.commandApplied("res.partner", "write");
        metrics.deadLettered("odoo.commands");
        assertEquals(42, registry.get("gateway.rows.mirrored").tag("model", "res.partner").counter().count());
        assertEquals(1, registry.get("gateway.messages.published").tag("destination", "odoo.res.partner").counter().count());
        assertEquals(1, registry.get("gateway.commands.applied").tag("model", "res.partner").tag("operation", "write").counter().count());
        assertEquals(1, registry.get("gateway.messages.dead.lettered").tag("source", "odoo.commands").counter().count());
    }
}
