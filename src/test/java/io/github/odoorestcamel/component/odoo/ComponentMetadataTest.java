package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The component's own Camel metadata (odoo.json, generated at build time from its annotated
 * classes) is what the component does, and what the README says of it.
 */
class ComponentMetadataTest {

    private static final String METADATA = "/META-INF/io/github/odoorestcamel/component/odoo/odoo.json";
    /** Component options every Camel component has. */
    private static final Set<String> CAMELS_OWN = Set.of("configuration", "autowiredEnabled", "bridgeErrorHandler", "lazyStartProducer");

    /** The option groups the README's URI reference lists; Camel's scheduler and advanced options are left to odoo.json. */
    private static final List<String> DOCUMENTED_GROUPS = List.of("common", "security", "producer", "consumer");

    @TempDir
    Path stateDir;

    private static JsonNode metadata() throws IOException {
        try (InputStream in = ComponentMetadataTest.class.getResourceAsStream(METADATA)) {
            assertTrue(in != null, METADATA + " is generated into the jar");
            return Json.MAPPER.readTree(in);
        }
    }

    /**
     * The generated files committed in component/src/generated (written by component/pom.xml, and
     * compiled into the gateway) are what the generator makes of the classes now, which this build
     * writes to target/camel-metadata; but for the artifact named, which is camel-odoo there.
     */
    @Test
    void theCommittedMetadataIsWhatTheClassesSay() throws IOException {
        Path generated = Path.of("target/camel-metadata");
        Path committed = Path.of("component/src/generated");
        List<Path> files;
        try (var walk = Files.walk(generated)) {
            files = walk.filter(Files::isRegularFile).map(generated::relativize).sorted().toList();
        }
        try (var walk = Files.walk(committed)) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(committed::relativize).sorted().toList());
        }
        for (Path file : files) {
            String now = Files.readString(generated.resolve(file)).replace("\"artifactId\": \"odoo-rest-camel\"", "\"artifactId\": \"camel-odoo\"");
            assertEquals(now, Files.readString(committed.resolve(file)),
                    file + " is out of date: run mvn -f component/pom.xml process-classes and commit component/src/generated");
        }
    }

    @Test
    void theOperationsOfTheMetadataAreTheProducersOwn() throws IOException {
        Set<String> listed = new TreeSet<>();
        metadata().at("/properties/operation/enum").forEach(name -> listed.add(name.asText()));
        assertEquals(new TreeSet<>(Arrays.asList(Operations.names().split(", "))), listed);
    }

    @Test
    void anUnknownOperationStopsTheStartNamingTheValidOnes() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start(); CamelContext context = OdooContexts.create(odoo, true, stateDir)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:tags").to("odoo:res.partner.category?operation=serchRead");
                }
            });
            Exception refused = assertThrows(Exception.class, context::start);
            Throwable cause = refused;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(IllegalArgumentException.class, cause, refused.toString());
            assertTrue(cause.getMessage().startsWith("Unknown operation 'serchRead' of odoo:res.partner.category; one of call, count, "),
                    cause.getMessage());
        }
    }

    @Test
    void everyOptionIsSetByTheGeneratedConfigurersOnTheComponentAndOnTheUri() throws Exception {
        JsonNode metadata = metadata();
        try (OdooSimulator odoo = new OdooSimulator(17).start(); CamelContext context = OdooContexts.create(odoo, true, stateDir)) {
            context.start();
            OdooComponent component = context.getComponent("odoo", OdooComponent.class);
            OdooComponent scratch = new OdooComponent();
            PropertyConfigurer onComponent = PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("odoo-component", context);
            PropertyConfigurer onEndpoint = PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("odoo-endpoint", context);
            assertEquals(OdooComponentConfigurer.class, onComponent.getClass());
            assertEquals(OdooEndpointConfigurer.class, onEndpoint.getClass());
            List<String> unset = new ArrayList<>();
            metadata.path("componentProperties").properties().forEach(option -> {
                String name = option.getKey();
                if (!name.equals("configuration")
                        && !onComponent.configure(context, scratch, name, sample(option.getValue().path("javaType").asText()), true)) {
                    unset.add(name);
                }
            });
            assertEquals(List.of(), unset, "component options the generated configurer does not set");

            component.getConfiguration().setBatchSize(7);
            component.getConfiguration().setQuery("{id,name}");
            OdooEndpoint endpoint = context.getEndpoint("odoo:res.partner?lookback=5&operation=count", OdooEndpoint.class);
            assertEquals(7, endpoint.getConfiguration().getBatchSize(), "a component option reaches every endpoint");
            assertEquals("{id,name}", endpoint.getConfiguration().getQuery());
            assertEquals(5, endpoint.getConfiguration().getLookback());
            assertEquals("count", endpoint.getConfiguration().getOperation());
        }
    }

    /** A value of the option's type (a text the configurer converts); null for beans. */
    private static Object sample(String javaType) {
        return switch (javaType) {
            case "boolean", "java.lang.Boolean" -> "true";
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "1";
            case "java.lang.String" -> "x";
            default -> null;
        };
    }

    @Test
    void theReadmesUriReferenceIsTheMetadata() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String expected = uriReference(metadata());
        assertTrue(readme.contains(expected), "README's URI reference differs from odoo.json; it should read:\n" + expected);
    }

    @Test
    void theReadmesComponentOptionsAreTheMetadata() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String expected = componentReference(metadata());
        assertTrue(readme.contains(expected), "README's component options differ from odoo.json; they should read:\n" + expected);
    }

    /** The options only the component has (the client's), beside Camel's own; the endpoint's are in the URI reference. */
    static String componentReference(JsonNode metadata) {
        StringBuilder table = new StringBuilder("| component option | default | meaning |\n|---|---|---|\n");
        metadata.path("componentProperties").properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            if (!metadata.path("properties").has(entry.getKey()) && !CAMELS_OWN.contains(entry.getKey())) {
                table.append("| `").append(entry.getKey()).append("` | ")
                        .append(option.has("defaultValue") ? "`" + option.path("defaultValue").asText() + "`" : "—").append(" | ")
                        .append(option.path("description").asText().replace("|", "\\|")).append(" |\n");
            }
        });
        return table.toString();
    }

    /** The table of the endpoint's options of the documented groups, in odoo.json's order. */
    static String uriReference(JsonNode metadata) {
        StringBuilder table = new StringBuilder("| option | default | group | meaning |\n|---|---|---|---|\n");
        for (String group : DOCUMENTED_GROUPS) {
            metadata.path("properties").properties().forEach(entry -> {
                JsonNode option = entry.getValue();
                if (option.path("group").asText().equals(group) && !option.path("kind").asText().equals("path")) {
                    table.append("| `").append(entry.getKey()).append("` | ")
                            .append(option.has("defaultValue") ? "`" + option.path("defaultValue").asText() + "`" : "—").append(" | ")
                            .append(group).append(" | ")
                            .append(option.path("description").asText().replace("|", "\\|")).append(option.path("secret").asBoolean() ? " (secret)" : "")
                            .append(" |\n");
                }
            });
        }
        return table.toString();
    }
}
