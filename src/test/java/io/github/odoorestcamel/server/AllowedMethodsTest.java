package io.github.odoorestcamel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    private static final List<AllowedMethods.Served> ROUTES = List.of(
            new AllowedMethods.Served("/api/:model", Set.of("GET")),
            new AllowedMethods.Served("/api/:model", Set.of("POST")),
            new AllowedMethods.Served("/api/:model/:id", Set.of("GET", "PUT")),
            new AllowedMethods.Served("/api/:model/:id", Set.of("DELETE")),
            new AllowedMethods.Served("/health", Set.of("GET")),
            new AllowedMethods.Served("/static/*", Set.of("GET", "HEAD")),
            new AllowedMethods.Served(null, Set.of("OPTIONS")),
            new AllowedMethods.Served("/api/:model", Set.of()));

    @Test
    void theMethodsOfEveryRouteMatchingThePathAreListedInOrder() {
        assertEquals(List.of("GET", "POST"), List.copyOf(AllowedMethods.on("/api/res.partner", ROUTES)));
        assertEquals(List.of("DELETE", "GET", "PUT"), List.copyOf(AllowedMethods.on("/api/res.partner/7", ROUTES)));
    }

    @Test
    void aTrailingSlashDoesNotMatter() {
        assertEquals(List.of("GET", "POST"), List.copyOf(AllowedMethods.on("/api/res.partner/", ROUTES)));
        assertEquals(List.of("GET"), List.copyOf(AllowedMethods.on("/health/", ROUTES)));
    }

    @Test
    void aParameterStandsForExactlyOneNonEmptySegment() {
        assertEquals(List.of(), List.copyOf(AllowedMethods.on("/api/res.partner/7/name/x", ROUTES)));
        assertEquals(List.of(), List.copyOf(AllowedMethods.on("/api//7", ROUTES)));
        assertEquals(List.of(), List.copyOf(AllowedMethods.on("/other/res.partner", ROUTES)));
    }

    @Test
    void aTrailingStarMatchesAnyRest() {
        assertEquals(List.of("GET", "HEAD"), List.copyOf(AllowedMethods.on("/static/a/b.css", ROUTES)));
        assertEquals(List.of("GET", "HEAD"), List.copyOf(AllowedMethods.on("/static/", ROUTES)));
    }
}
