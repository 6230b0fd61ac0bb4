package io.github.odoorestcamel.server;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The methods served on a path, for the {@code Allow} header of a 405. Path templates are written as
 * the HTTP router writes them: {@code /api/:model/:id}, a {@code :name} segment standing for any one
 * segment, a trailing {@code *} for any rest; a trailing slash on the path does not matter.
 */
public final class AllowedMethods {

    /** A route: its path template and the methods it serves (empty: every method). */
    public record Served(String pathTemplate, Set<String> methods) {
    }

    private AllowedMethods() {
    }

    public static SortedSet<String> on(String path, Collection<Served> routes) {
        SortedSet<String> allowed = new TreeSet<>();
        List<String> segments = segments(path);
        for (Served route : routes) {
            if (route.pathTemplate() != null && !route.methods().isEmpty() && matches(segments(route.pathTemplate()), segments)) {
                allowed.addAll(route.methods());
            }
        }
        return allowed;
    }

    private static boolean matches(List<String> template, List<String> path) {
        boolean prefix = !template.isEmpty() && template.get(template.size() - 1).equals("*");
        int fixed = prefix ? template.size() - 1 : template.size();
        if (prefix ? path.size() < fixed : path.size() != fixed) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            String part = template.get(i);
            if (part.startsWith(":") ? path.get(i).isEmpty() : !part.equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }
}
