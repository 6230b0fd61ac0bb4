package io.github.odoorestcamel.stream;

import java.util.HashMap;
import java.util.Map;

/**
 * The events seen while they can still be found again: each by its key (position and a hash of
 * the body), kept until its second falls behind the lookback window, so that a poll re-reading
 * the window passes over what was announced and keeps what is new.
 */
final class RecentKeys {

    private final Map<String, String> secondsByKey = new HashMap<>();

    /** True when the event was not seen yet, and remembers it. */
    boolean add(StreamEvent event) {
        return secondsByKey.putIfAbsent(event.key(), event.position().second()) == null;
    }

    boolean contains(StreamEvent event) {
        return secondsByKey.containsKey(event.key());
    }

    /** Forgets the events of seconds before {@code second}: a poll never reads them again. */
    void forgetBefore(String second) {
        secondsByKey.values().removeIf(seen -> seen.compareTo(second) < 0);
    }

    int size() {
        return secondsByKey.size();
    }
}
