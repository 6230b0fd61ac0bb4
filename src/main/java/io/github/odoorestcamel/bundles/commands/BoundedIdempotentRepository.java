package io.github.odoorestcamel.bundles.commands;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The ids of the commands applied lately, in a Caffeine cache bounded in size (camel-caffeine's
 * CaffeineIdempotentRepository of Camel 4.18 has no bound): the oldest ids are forgotten first, so
 * memory stays flat however many commands pass.
 */
public final class BoundedIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final Cache<String, Boolean> ids;

    public BoundedIdempotentRepository(long maximumSize) {
        // evictions run on the calling thread: the bound holds at every moment, not eventually
        this.ids = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    }

    @Override
    public boolean add(String key) {
        return ids.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    @Override
    public boolean contains(String key) {
        return ids.asMap().containsKey(key);
    }

    @Override
    public boolean remove(String key) {
        return ids.asMap().remove(key) != null;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        ids.invalidateAll();
    }
}
