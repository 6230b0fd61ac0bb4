package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An in-memory Odoo speaking its three dialects as the transcripts show — the web client's
 * JSON-RPC ({@link WebDialect}), /jsonrpc ({@link JsonRpcDialect}) and JSON-2 ({@link Json2Dialect})
 * — over one database, with Odoo's error envelopes (tracebacks included, so tests can check they
 * never reach a client). This class is the HTTP server and the tests' handle: it records every
 * request so tests can count round trips and inspect headers, and lets them inject faults.
 */
public final class OdooSimulator implements AutoCloseable {

    /** A canned raw answer that replaces the next one, for upstream failure tests. */
    public record RawReply(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
    }

    /** The admin's API key of transcripts A4/A7. */
    public static final String ADMIN_API_KEY = "b9ce66aa1998b88822509e00b5a6611de2e5fa47";

    private final SimDatabase db = new SimDatabase();
    private final SimAccounts accounts = new SimAccounts();
    private final SimExecutor executor;
    private final WebDialect web;
    private final JsonRpcDialect jsonRpc;
    private final Json2Dialect json2;
    private final FaultInjector faults = new FaultInjector();
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public OdooSimulator(int major) {
        this(major, "odoo");
    }

    public OdooSimulator(int major, String database) {
        SimInstance instance = new SimInstance(major, database);
        executor = new SimExecutor(db, major, faults);
        web = new WebDialect(instance, accounts, executor);
        jsonRpc = new JsonRpcDialect(instance, accounts, executor, db);
        json2 = new Json2Dialect(instance, accounts, executor, db);
    }

    public OdooSimulator start() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK: every small answer would take 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        // as many threads as clients in the concurrency tests, so none waits here without being counted
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The address of this Odoo behind a relay that closes each connection, without a word, as soon
     * as an answer has gone through it: as an Odoo or a proxy that drops keep-alive connections.
     */
    public String silentlyClosingUrl() throws IOException {
        return "http://127.0.0.1:" + faults.relayTo(server.getAddress().getPort());
    }

    /** Connections the silently closing relay has accepted. */
    public int relayedConnections() {
        return faults.relayedConnections();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        faults.close();
    }

    // ---- test controls -----------------------------------------------------------------------

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public int callCount() {
        return calls.size();
    }

    public long callsTo(String method) {
        return calls.stream().filter(c -> method.equals(c.method())).count();
    }

    public void resetCalls() {
        calls.clear();
        executor.calls().clear();
    }

    /** The model method calls named {@code method}, whatever the dialect (call_kw, /jsonrpc, JSON-2) carried them. */
    public List<ModelCall> modelCalls(String method) {
        return executor.calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Logs in directly (not through the gateway) and gives the new session id. */
    public String openSession(String login) {
        return accounts.openSession(login);
    }

    /** A new API key for the user (valid for this simulator's database only). */
    public String newApiKey(String login) {
        return accounts.newApiKey(login);
    }

    public void changePassword(String login, String password) {
        accounts.changePassword(login, password);
    }

    public void revokeApiKey(String key) {
        accounts.revokeApiKey(key);
    }

    public void expireSession(String sessionId) {
        accounts.endSession(sessionId);
    }

    public void replyOnce(RawReply reply) {
        faults.replyOnce(reply);
    }

    /** The next call is carried out, then its connection is reset before any answer: as if the network dropped it. */
    public void dropNextAnswer() {
        faults.dropNextAnswer();
    }

    /**
     * The next JSON-RPC answer is written up to {@code afterBytes}, then waits {@code pauseMillis},
     * then either goes on ({@code cut} false) or its connection closes in the middle of it.
     */
    public void breakNextAnswer(long afterBytes, long pauseMillis, boolean cut) {
        faults.breakNextAnswer(afterBytes, pauseMillis, cut);
    }

    /**
     * The next {@code count} calls are answered with a JSON-RPC answer of {@code bytes} bytes, written
     * as the client reads it, until the client stops reading.
     */
    public void floodNextAnswers(int count, long bytes) {
        faults.floodNextAnswers(count, bytes);
    }

    /** Bytes of flooded answers written so far (what the clients read, plus what socket buffers took). */
    public long floodedBytes() {
        return faults.floodedBytes();
    }

    public void delay(long millis) {
        faults.delay(millis);
    }

    /** While set, every call of the model method {@code method} finds Odoo unreachable (the connection closes unanswered). */
    public void unreachableFor(String method, boolean unreachable) {
        faults.unreachableFor(method, unreachable);
    }

    /** Deletes a row as a user's unlink in Odoo would, for tests that delete behind the gateway's back. */
    public void delete(String model, int id) {
        synchronized (db) {
            db.model(model).records.remove(id);
        }
    }

    /** A record rule: the user's searches of the model see only the records of the domain (JSON), as Odoo's ir.rule. */
    public void restrict(String model, String login, String domain) {
        synchronized (db) {
            try {
                db.restrict(model, SimAccounts.UIDS.get(login), SimDatabase.JSON.readTree(domain));
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** Direct access to the simulated rows, for tests that set up or check state. */
    public Map<String, Object> row(String model, int id) {
        synchronized (db) {
            return db.model(model).records.get(id);
        }
    }

    /** The ids of a model's rows. */
    public Set<Integer> rows(String model) {
        synchronized (db) {
            return Set.copyOf(db.model(model).records.keySet());
        }
    }

    /**
     * Creates or updates rows (a row whose {@code id} exists is updated) in one transaction that
     * started at {@code start}: every row gets that write_date, as Odoo stamps a transaction's
     * records (E4b). A start in the past is a transaction that commits late.
     */
    public List<Integer> commit(Instant start, String model, List<Map<String, Object>> rows) {
        synchronized (db) {
            db.begin(start);
            SimModel target = db.model(model);
            List<Integer> ids = new ArrayList<>();
            for (Map<String, Object> values : rows) {
                Integer id = (Integer) values.get("id");
                Map<String, Object> row = id != null && target.records.containsKey(id)
                        ? target.records.get(id) : new HashMap<>(Map.of("create_date", db.stamp()));
                row.putAll(values);
                row.put("write_date", db.stamp());
                row.putIfAbsent("id", target.records.isEmpty() ? 1 : target.records.lastKey() + 1);
                ids.add(target.records.containsKey((Integer) row.get("id")) ? (Integer) row.get("id") : target.insert(row));
            }
            return ids;
        }
    }

    public int insert(String model, Map<String, Object> values) {
        synchronized (db) {
            SimModel target = db.model(model);
            Map<String, Object> row = new HashMap<>(values);
            row.putIfAbsent("id", target.records.isEmpty() ? 1 : target.records.lastKey() + 1);
            return target.insert(row);
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body;
            try {
                body = raw.length == 0 ? null : SimDatabase.JSON.readTree(raw);
            } catch (IOException e) {
                body = null;
            }
            JsonNode params = body == null ? SimResponses.NODES.objectNode() : body.path("params");
            String requestLine = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getProtocol();
            calls.add(new RecordedCall(requestLine, path, params.path("model").asText(null), methodOf(path, params),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            if (faults.answerInstead(exchange)) {
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                SimResponses.send(exchange, 400, "text/html; charset=utf-8", "<!doctype html><title>400 Bad Request</title>");
                return;
            }
            if (body == null) {
                SimResponses.send(exchange, 400, "text/plain", "Invalid JSON data");
                return;
            }
            if (path.startsWith("/json/2/")) {
                json2.handle(exchange, path, body);
                return;
            }
            ObjectNode answer = jsonRpcAnswer(exchange, path, body, params);
            if (!faults.dropAnswer(exchange) && !faults.breakAnswer(exchange, answer.toString())) {
                SimResponses.send(exchange, 200, "application/json; charset=utf-8", answer.toString());
            }
        }
    }

    /** The JSON-RPC envelope both /web/* and /jsonrpc answer in: a result, or an error (its id null for an expired session). */
    private ObjectNode jsonRpcAnswer(HttpExchange exchange, String path, JsonNode body, JsonNode params) {
        JsonNode id = body.path("id").isMissingNode() ? SimResponses.NODES.nullNode() : body.get("id");
        ObjectNode answer = SimResponses.NODES.objectNode().put("jsonrpc", "2.0");
        try {
            JsonNode result = "/jsonrpc".equals(path) ? jsonRpc.call(params) : web.call(exchange, path, params);
            answer.set("id", id);
            if (result != null) {
                answer.set("result", result);
            }
        } catch (OdooFault fault) {
            answer.set("id", fault.code == 100 ? SimResponses.NODES.nullNode() : id);
            answer.set("error", SimResponses.envelope(fault));
        }
        return answer;
    }

    private static String methodOf(String path, JsonNode params) {
        if (path.startsWith("/web/dataset/call_kw")) {
            return params.path("method").asText(null);
        }
        return path;
    }
}
