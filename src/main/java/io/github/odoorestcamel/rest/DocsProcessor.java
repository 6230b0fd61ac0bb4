package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * GET /docs — Swagger UI on {@code /openapi.json}, served from the swagger-ui webjar in the jar
 * (no CDN). {@code /docs} sends the browser to {@code /docs/index.html}, whose relative links then
 * find the UI's files under {@code /docs/}; the UI's start script is the gateway's own, pointed at
 * the gateway's document.
 */
public final class DocsProcessor implements Processor {

    private static final Pattern FILE = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
    private static final String OWN = "/docs/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "png", "image/png", "txt", "text/plain; charset=utf-8");

    private final String webjar;

    public DocsProcessor() {
        Properties pom = new Properties();
        try (InputStream in = DocsProcessor.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is missing from the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.webjar = "/META-INF/resources/webjars/swagger-ui/" + pom.getProperty("version") + "/";
    }

    @Override
    public void process(Exchange exchange) {
        String file = ApiRequest.of(exchange).pathParam("file");
        if (file == null) {
            String path = exchange.getMessage().getHeader(Exchange.HTTP_PATH, "", String.class);
            JsonResponse.writeBytes(exchange, 302, "text/plain; charset=utf-8", new byte[0])
                    .setHeader("Location", path.endsWith("/") ? "index.html" : "docs/index.html");
            return;
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        byte[] bytes = FILE.matcher(file).matches() && TYPES.containsKey(extension) ? read(file) : null;
        if (bytes == null) {
            throw new GatewayException(ErrorKind.MISSING, "NotFound", "No such file: /docs/" + file);
        }
        JsonResponse.writeBytes(exchange, 200, TYPES.get(extension), bytes).setHeader("Cache-Control", "public, max-age=3600");
    }

    private byte[] read(String file) {
        InputStream own = DocsProcessor.class.getResourceAsStream(OWN + file);
        try (InputStream in = own != null ? own : DocsProcessor.class.getResourceAsStream(webjar + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
