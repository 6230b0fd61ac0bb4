package io.github.odoorestcamel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core and the odoo: component (component/src/main/java, the camel-odoo artifact) know
 * nothing of the gateway: of the REST API, its server, the change streams, the bundles, the
 * metrics, CORS, the OpenAPI document, the REST callers' credentials, or the gateway's wiring.
 * Read from the sources, so that a forbidden import fails here, before the component's own build.
 */
class CoreBoundaryTest {

    private static final String ROOT = "io.github.odoorestcamel.";
    private static final Path CORE_SOURCES = Path.of("component/src/main/java");
    private static final Path GATEWAY_SOURCES = Path.of("src/main/java");

    /** The packages of the core and of the component; auth and error also have gateway classes, in the gateway's sources. */
    static final Set<String> CORE_PACKAGES = Set.of("odoo", "odoo.http", "odoo.transport", "read", "write", "query", "schema",
            "json", "error", "auth", "core", "component.odoo");
    /** The gateway's packages, which the core and the component never name. */
    static final Set<String> GATEWAY_PACKAGES = Set.of("rest", "server", "stream", "bundles", "observe", "cors", "openapi", "config");

    private static final Pattern PACKAGE = Pattern.compile("^package io\\.github\\.odoorestcamel\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.github\\.odoorestcamel\\.([\\w.]+?)\\.([A-Z]\\w*)[\\w.*]*;",
            Pattern.MULTILINE);

    @Test
    void everyCoreClassIsInACorePackage() {
        List<String> outside = new ArrayList<>();
        for (Path file : sources(CORE_SOURCES)) {
            String pkg = packageOf(file);
            if (!CORE_PACKAGES.contains(pkg)) {
                outside.add(file + " (" + pkg + ")");
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void theCoreAndTheComponentImportOnlyEachOther() {
        Set<String> core = classes(CORE_SOURCES);
        List<String> wrong = new ArrayList<>();
        for (Path file : sources(CORE_SOURCES)) {
            Matcher imported = IMPORT.matcher(read(file));
            while (imported.find()) {
                String name = imported.group(1) + "." + imported.group(2);
                if (!core.contains(name) || GATEWAY_PACKAGES.stream().anyMatch(p -> imported.group(1).startsWith(p))) {
                    wrong.add(file.getFileName() + " imports " + ROOT + name);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A class in a package the gateway shares with the core (auth: the REST callers' credentials; error: the REST error body) needs no import. */
    @Test
    void theCoreNamesNoGatewayClassOfItsOwnPackages() {
        List<String> wrong = new ArrayList<>();
        for (Path gateway : sources(GATEWAY_SOURCES)) {
            String pkg = packageOf(gateway);
            String name = gateway.getFileName().toString().replace(".java", "");
            for (Path file : sources(CORE_SOURCES)) {
                if (packageOf(file).equals(pkg) && Pattern.compile("\\b" + name + "\\b").matcher(read(file)).find()) {
                    wrong.add(file.getFileName() + " names " + pkg + "." + name);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theGatewayHasNoClassInTheCoresOwnPackages() {
        for (Path file : sources(GATEWAY_SOURCES)) {
            String pkg = packageOf(file);
            assertFalse(CORE_PACKAGES.contains(pkg) && !pkg.equals("auth") && !pkg.equals("error"),
                    file + " belongs in component/src/main/java, or in a gateway package");
        }
    }

    private static Set<String> classes(Path root) {
        Set<String> names = new TreeSet<>();
        for (Path file : sources(root)) {
            names.add(packageOf(file) + "." + file.getFileName().toString().replace(".java", ""));
        }
        return names;
    }

    private static String packageOf(Path file) {
        Matcher pkg = PACKAGE.matcher(read(file));
        return pkg.find() ? pkg.group(1) : "";
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
