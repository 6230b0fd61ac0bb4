package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

/**
 * Every bean a REST route names ({@code ref: …}) exists once the gateway has started: a renamed or
 * forgotten binding fails here, not on the first request that takes that route.
 */
class RouteReferencesTest {

    private static final Pattern REF = Pattern.compile("\\bref:\\s*([A-Za-z][A-Za-z0-9]*)");

    @Test
    void everyReferencedBeanIsBound() throws IOException {
        CamelContext camel = RunningGateway.odoo(17).camel();
        List<Path> files = restRouteFiles();
        assertFalse(files.isEmpty());
        Set<String> refs = new TreeSet<>();
        for (Path file : files) {
            String yaml = Files.readString(file);
            collect(REF.matcher(yaml), refs);
        }
        List<String> missing = new ArrayList<>();
        for (String ref : refs) {
            if (camel.getRegistry().lookupByName(ref) == null) {
                missing.add(ref);
            }
        }
        assertEquals(List.of(), missing, "beans named by the routes but not bound");
        assertTrue(refs.contains("authentication"), refs.toString());
    }

    /** The route files the gateway loads by default: the REST API's. */
    private static List<Path> restRouteFiles() throws IOException {
        Path routes = Path.of("routes", "rest");
        try (Stream<Path> all = Files.list(routes)) {
            return all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
