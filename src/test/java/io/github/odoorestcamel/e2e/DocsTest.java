package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Swagger UI at /docs, from the webjar, shown by a real headless browser. */
class DocsTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void docsLeadsToTheUiWhichLoadsTheGatewaysDocument() {
        Reply docs = GATEWAY.get("/docs");
        assertEquals(302, docs.status());
        assertEquals("docs/index.html", docs.header("Location"));
        assertEquals("index.html", GATEWAY.get("/docs/").header("Location"));
        Reply page = GATEWAY.get("/docs/index.html");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
        Reply script = GATEWAY.get("/docs/swagger-initializer.js");
        assertTrue(script.body().contains("\"../openapi.json\""), "the gateway's own start script, not the webjar's");
        assertEquals(200, GATEWAY.get("/docs/swagger-ui-bundle.js").status());
        assertEquals(200, GATEWAY.get("/docs/swagger-ui.css").status());
    }

    @Test
    void onlyTheUisFilesAreServed() {
        for (String path : List.of("/docs/..%2Fopenapi%2Fgateway.json", "/docs/pom.properties", "/docs/.hidden.js", "/docs/nothing.js")) {
            Reply reply = GATEWAY.get(path);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.json().has("error"), path);
        }
    }

    @Test
    void aHeadlessBrowserShowsTheOperations() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            // .ci/run installs Chromium; only a machine without it (and outside CI) may skip this test
            assertTrue(System.getenv("CI") == null, "Chromium is missing at " + CHROMIUM);
            Assumptions.abort("Chromium is not installed at " + CHROMIUM);
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom",
                    "http://127.0.0.1:" + GATEWAY.port + "/docs").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] dom = browser.getInputStream().readAllBytes();
            assertTrue(browser.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
            String html = new String(dom, StandardCharsets.UTF_8);
            assertTrue(html.contains("odoo-rest-camel"), "the document's title is shown");
            for (String path : List.of("/api/{model}", "/api/{model}/{id}", "/object/{model}/{method}", "/auth", "/health")) {
                assertTrue(html.contains("data-path=\"" + path + "\""), "operation " + path + " is listed");
            }
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
