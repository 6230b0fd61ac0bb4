package io.github.odoorestcamel.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The timers of one name, one per combination of tag values: each is registered the first time
 * its values are seen and found again by them, so recording a request or an Odoo call builds no
 * meter id on the way.
 */
final class TimerFamily {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final List<String> tagKeys;
    private final ConcurrentMap<List<String>, Timer> timers = new ConcurrentHashMap<>();

    TimerFamily(MeterRegistry registry, String name, String description, String... tagKeys) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.tagKeys = List.of(tagKeys);
    }

    /** The timer with these tag values, in the order of the keys. */
    Timer with(String... tagValues) {
        return timers.computeIfAbsent(List.of(tagValues), this::register);
    }

    private Timer register(List<String> values) {
        Timer.Builder builder = Timer.builder(name).description(description).publishPercentileHistogram();
        for (int i = 0; i < tagKeys.size(); i++) {
            builder.tag(tagKeys.get(i), values.get(i));
        }
        return builder.register(registry);
    }
}
