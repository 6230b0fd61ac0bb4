package io.github.odoorestcamel.core;

import java.util.Arrays;
import java.util.List;

/** A comma-separated setting or option read as its entries: stripped, in order, empty ones dropped. */
public final class CommaSeparated {

    private CommaSeparated() {
    }

    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
