package io.github.odoorestcamel.warmup;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Odoo 17 on the loopback interface that answers the warm-up's calls from recorded
 * answers ({@code warm-up/*.json} on the class path): the version, the session, {@code fields_get}
 * of the models the warm-up reads, a {@code web_read} and an 80-row {@code web_search_read}. Like
 * Odoo's threaded server it closes every connection after answering. Anything else is a JSON-RPC
 * error. It holds no data of the user's Odoo and never reaches it.
 */
final class CannedOdoo implements AutoCloseable {

    private static final String CALL_KW = "/web/dataset/call_kw/";
    private static final Buffer UNKNOWN = Buffer.buffer(
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":200,\"message\":\"Odoo Server Error\","
                    + "\"data\":{\"name\":\"builtins.KeyError\",\"message\":\"not recorded\"}}}");

    private final HttpServer server;
    private final Map<String, Buffer> answers = new ConcurrentHashMap<>();

    private CannedOdoo(HttpServer server) {
        this.server = server;
    }

    /** Listens on an ephemeral port of 127.0.0.1 until closed. */
    static CannedOdoo start(Vertx vertx) throws Exception {
        HttpServer server = vertx.createHttpServer();
        CannedOdoo odoo = new CannedOdoo(server);
        server.requestHandler(odoo::answer);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return odoo;
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** The recorded answer's name for a path: {@code version_info}, {@code get_session_info}, {@code res.partner.web_read}. */
    static String answerName(String path) {
        if (path.startsWith(CALL_KW)) {
            return path.substring(CALL_KW.length()).replace('/', '.');
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void answer(HttpServerRequest request) {
        request.body().onComplete(ignored -> request.response().putHeader("Content-Type", "application/json")
                .putHeader("Connection", "close").end(answers.computeIfAbsent(answerName(request.path()), CannedOdoo::recorded)));
    }

    private static Buffer recorded(String name) {
        if (!name.matches("[a-z_.]+")) {
            return UNKNOWN;
        }
        try (InputStream in = CannedOdoo.class.getResourceAsStream("/warm-up/" + name + ".json")) {
            return in == null ? UNKNOWN : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
