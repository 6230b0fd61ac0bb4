package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.e2e.RunningGateway;
import io.github.odoorestcamel.sim.OdooSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code routes.extra}: the gateway also loads the user's YAML route files, which can use
 * {@code odoo:} both ways (as this deployment's service account) and the components the jar carries.
 */
class ExtraRoutesTest {

    private static final String ROUTES = """
            - route:
                id: partner-tags
                from:
                  uri: odoo:res.partner
                  parameters:
                    delay: 100
                    lookback: 0
                    since: "SINCE"
                    stateKey: partner-tags
                    query: "{id,name}"
                    domain: '[["name","=like","Extra %"]]'
                  steps:
                    - setBody:
                        simple: '{"name": "Tag of ${body[name]}", "color": 4}'
                    - to: odoo:res.partner.category?operation=upsert&key=name
                    - to: seda:tagged
            - route:
                id: tagged
                from:
                  uri: seda:tagged
                  steps:
                    - to: log:tagged?level=DEBUG
            - route:
                id: partner-count
                from:
                  uri: timer:count?period=500
                  steps:
                    - to: odoo:res.partner?operation=count
                    - to: log:partners?level=DEBUG
            """;

    @Test
    void userRoutesFromAFolderRunNextToTheBuiltInOnes() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("extra-routes");
        // from before the gateway starts: "now" would be its first poll, which may come after the records below
        Files.writeString(folder.resolve("partner-tags.yaml"),
                ROUTES.replace("SINCE", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString()));
        RunningGateway gateway = RunningGateway.withSettings("extra-routes", 18, Map.of(
                "routes.extra", "file:" + folder + "/*.yaml",
                "camel.component.odoo.login", "admin",
                "camel.component.odoo.api-key", OdooSimulator.ADMIN_API_KEY,
                "odoo.state-dir", Files.createTempDirectory("extra-state").toString()));
        try {
            checkRoutes(gateway);
        } finally {
            gateway.shutDown(Duration.ofSeconds(30));
        }
    }

    private static void checkRoutes(RunningGateway gateway) throws InterruptedException {
        OdooSimulator odoo = gateway.odoo;
        odoo.commit(Instant.now(), "res.partner", List.of(Map.of("name", "Extra A"), Map.of("name", "Extra B"),
                Map.of("name", "Ordinary C")));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (tags(odoo).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        assertEquals(Set.of("Tag of Extra A", "Tag of Extra B"), tags(odoo));
        assertTrue(odoo.modelCalls("search_count").size() > 0, "the timer route counts partners");
        assertEquals(401, gateway.get("/api/res.partner/").status(), "the built-in routes still answer");
    }

    private static Set<String> tags(OdooSimulator odoo) {
        return odoo.rows("res.partner.category").stream().map(id -> odoo.row("res.partner.category", id))
                .filter(row -> row != null && String.valueOf(row.get("name")).startsWith("Tag of"))
                .map(row -> String.valueOf(row.get("name"))).collect(Collectors.toSet());
    }
}
