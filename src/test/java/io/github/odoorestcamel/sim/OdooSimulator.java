package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-memory Odoo speaking JSON-RPC as the transcripts show: sessions with expiry, call_kw,
 * version info, and Odoo's error envelopes (tracebacks included, so tests can check they never
 * reach a client). It records every request so tests can count round trips and inspect headers.
 */
public final class OdooSimulator implements AutoCloseable {

    /** A canned raw answer that replaces the next one, for upstream failure tests. */
    public record RawReply(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TRACEBACK = "Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 1764, in _serve_db\n"
            + "    return service_model.retrying(self._serve_ir_http, self.env)\n";
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin", "demo", "demo");
    static final Map<String, Integer> UIDS = Map.of("admin", 2, "demo", 6);
    /** The admin's API key of transcripts A4/A7. */
    public static final String ADMIN_API_KEY = "b9ce66aa1998b88822509e00b5a6611de2e5fa47";

    private final int major;
    private final String database;
    private final SimDatabase db = new SimDatabase();
    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>(PASSWORDS);
    private final Map<String, Integer> apiKeys = new ConcurrentHashMap<>(Map.of(ADMIN_API_KEY, 2));
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final List<ModelCall> modelCalls = new CopyOnWriteArrayList<>();
    private final AtomicReference<RawReply> nextReply = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger dropAnswers = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger floodAnswers = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong floodedBytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long floodSize;
    private ClosingRelay closingRelay;
    private final SecureRandom random = new SecureRandom();
    private volatile long delayMillis;
    private HttpServer server;

    public OdooSimulator(int major) {
        this(major, "odoo");
    }

    public OdooSimulator(int major, String database) {
        this.major = major;
        this.database = database;
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
    public synchronized String silentlyClosingUrl() throws IOException {
        if (closingRelay == null) {
            closingRelay = new ClosingRelay(server.getAddress().getPort()).start();
        }
        return "http://127.0.0.1:" + closingRelay.port();
    }

    /** Connections the silently closing relay has accepted. */
    public int relayedConnections() {
        return closingRelay == null ? 0 : closingRelay.accepted();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        if (closingRelay != null) {
            closingRelay.close();
        }
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
        modelCalls.clear();
    }

    /** The model method calls named {@code method}, whatever the dialect (call_kw, /jsonrpc, JSON-2) carried them. */
    public List<ModelCall> modelCalls(String method) {
        return modelCalls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Logs in directly (not through the gateway) and gives the new session id. */
    public String openSession(String login) {
        String id = HexFormat.of().formatHex(random.generateSeed(20));
        sessions.put(id, UIDS.get(login));
        return id;
    }

    /** A new API key for the user (valid for this simulator's database only). */
    public String newApiKey(String login) {
        String key = HexFormat.of().formatHex(random.generateSeed(20));
        apiKeys.put(key, UIDS.get(login));
        return key;
    }

    public void changePassword(String login, String password) {
        passwords.put(login, password);
    }

    public void revokeApiKey(String key) {
        apiKeys.remove(key);
    }

    public void expireSession(String sessionId) {
        sessions.remove(sessionId);
    }

    public void replyOnce(RawReply reply) {
        nextReply.set(reply);
    }

    /** The next call is carried out, then its connection is reset before any answer: as if the network dropped it. */
    public void dropNextAnswer() {
        dropAnswers.incrementAndGet();
    }

    /**
     * The next {@code count} calls are answered with a JSON-RPC answer of {@code bytes} bytes, written
     * as the client reads it, until the client stops reading.
     */
    public void floodNextAnswers(int count, long bytes) {
        floodSize = bytes;
        floodAnswers.set(count);
    }

    /** Bytes of flooded answers written so far (what the clients read, plus what socket buffers took). */
    public long floodedBytes() {
        return floodedBytes.get();
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** Direct access to the simulated rows, for tests that set up or check state. */
    public Map<String, Object> row(String model, int id) {
        synchronized (db) {
            return db.model(model).records.get(id);
        }
    }

    /** The ids of a model's rows. */
    public java.util.Set<Integer> rows(String model) {
        synchronized (db) {
            return java.util.Set.copyOf(db.model(model).records.keySet());
        }
    }

    /**
     * Creates or updates rows (a row whose {@code id} exists is updated) in one transaction that
     * started at {@code start}: every row gets that write_date, as Odoo stamps a transaction's
     * records (E4b). A start in the past is a transaction that commits late.
     */
    public List<Integer> commit(java.time.Instant start, String model, List<Map<String, Object>> rows) {
        synchronized (db) {
            db.begin(start);
            SimModel target = db.model(model);
            List<Integer> ids = new ArrayList<>();
            for (Map<String, Object> values : rows) {
                Integer id = (Integer) values.get("id");
                Map<String, Object> row = id != null && target.records.containsKey(id)
                        ? target.records.get(id) : new java.util.HashMap<>(Map.of("create_date", db.stamp()));
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
            Map<String, Object> row = new java.util.HashMap<>(values);
            row.putIfAbsent("id", target.records.isEmpty() ? 1 : target.records.lastKey() + 1);
            return target.insert(row);
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = null;
            try {
                body = raw.length == 0 ? null : SimDatabase.JSON.readTree(raw);
            } catch (IOException e) {
                body = null;
            }
            JsonNode params = body == null ? NODES.objectNode() : body.path("params");
            String requestLine = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getProtocol();
            calls.add(new RecordedCall(requestLine, path, params.path("model").asText(null), methodOf(path, params),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            if (floodAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                flood(exchange);
                return;
            }
            RawReply canned = nextReply.getAndSet(null);
            sleep(canned != null ? canned.delayMillis() : delayMillis);
            if (canned != null) {
                canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, canned.status(), canned.contentType(), canned.body());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 400, "text/html; charset=utf-8", "<!doctype html><title>400 Bad Request</title>");
                return;
            }
            if (body == null) {
                send(exchange, 400, "text/plain", "Invalid JSON data");
                return;
            }
            if (path.startsWith("/json/2/")) {
                json2(exchange, path, body);
                return;
            }
            JsonNode id = body.path("id").isMissingNode() ? NODES.nullNode() : body.get("id");
            ObjectNode answer = NODES.objectNode().put("jsonrpc", "2.0");
            try {
                JsonNode result = dispatch(exchange, path, params);
                answer.set("id", id);
                if (result != null) {
                    answer.set("result", result);
                }
            } catch (OdooFault fault) {
                answer.set("id", fault.code == 100 ? NODES.nullNode() : id);
                answer.set("error", envelope(fault));
            }
            if (dropAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                resetConnection(exchange);
                return;
            }
            send(exchange, 200, "application/json; charset=utf-8", answer.toString());
        }
    }

    private static String methodOf(String path, JsonNode params) {
        if (path.startsWith("/web/dataset/call_kw")) {
            return params.path("method").asText(null);
        }
        return path;
    }

    private JsonNode dispatch(HttpExchange exchange, String path, JsonNode params) {
        switch (path) {
            case "/web/webclient/version_info":
                return versionInfo();
            case "/web/session/authenticate":
                return authenticate(exchange, params);
            case "/web/session/get_session_info":
                return sessionInfo(uid(exchange));
            case "/web/session/destroy":
                String session = sessionId(exchange);
                if (session != null) {
                    sessions.remove(session);
                }
                exchange.getResponseHeaders().add("Set-Cookie", "session_id=" + HexFormat.of().formatHex(random.generateSeed(20))
                        + "; Max-Age=604800; HttpOnly; Path=/");
                return null;
            case "/jsonrpc":
                return jsonRpc(params);
            default:
                if (path.startsWith("/web/dataset/call_kw")) {
                    return callKw(uid(exchange), params.path("model").asText(), params.path("method").asText(), args(params),
                            params.path("kwargs"));
                }
                throw OdooFault.of("werkzeug.exceptions.NotFound", "404 Not Found: " + path);
        }
    }

    /** One model method call in its own transaction: a failure rolls every change back. */
    private JsonNode callKw(int uid, String model, String method, ArrayNode args, JsonNode kwargs) {
        modelCalls.add(new ModelCall(model, method, args.deepCopy(), kwargs.deepCopy()));
        synchronized (db) {
            db.begin(java.time.Instant.now());
            var before = db.snapshot();
            try {
                return new SimMethods(db, major, uid).call(model, method, args, kwargs.isObject() ? kwargs : NODES.objectNode());
            } catch (OdooFault | ClassCastException | NullPointerException | IllegalArgumentException | IndexOutOfBoundsException fault) {
                db.restore(before);
                throw fault instanceof OdooFault odooFault ? odooFault
                        : OdooFault.of("builtins.TypeError", "Bad arguments: " + fault.getMessage());
            }
        }
    }

    /** /jsonrpc: the common, object and db services (transcripts A0–B8). */
    private JsonNode jsonRpc(JsonNode params) {
        String service = params.path("service").asText();
        String method = params.path("method").asText();
        JsonNode args = params.path("args");
        switch (service) {
            case "common":
                if (method.equals("version")) {
                    return versionInfo();
                }
                if (method.equals("login") || method.equals("authenticate")) {
                    checkDatabase(args.path(0).asText());
                    Integer uid = UIDS.get(args.path(1).asText());
                    return uid != null && validSecret(uid, args.path(2).asText()) ? NODES.numberNode(uid) : NODES.booleanNode(false);
                }
                throw OdooFault.of("builtins.AttributeError", "module 'odoo.service.common' has no attribute 'exp_" + method + "'");
            case "object":
                checkDatabase(args.path(0).asText());
                int uid = args.path(1).asInt();
                if (!UIDS.containsValue(uid)) {
                    throw OdooFault.missing("res.users", java.util.List.of(uid), uid);
                }
                if (!validSecret(uid, args.path(2).asText())) {
                    throw OdooFault.accessDenied();
                }
                String model = args.path(3).asText();
                if (db.model(model) == null) {
                    throw OdooFault.of("odoo.exceptions.UserError", "Object " + model + " doesn't exist");
                }
                ArrayNode callArgs = args.path(5).isArray() ? (ArrayNode) args.path(5).deepCopy() : NODES.arrayNode();
                return callKw(uid, model, args.path(4).asText(), callArgs, args.path(6));
            case "db":
                throw OdooFault.accessDenied();
            default:
                throw OdooFault.unknownModel(service);
        }
    }

    private boolean validSecret(int uid, String secret) {
        String login = UIDS.entrySet().stream().filter(e -> e.getValue() == uid).map(Map.Entry::getKey).findFirst().orElse("");
        return secret.equals(passwords.get(login)) || Integer.valueOf(uid).equals(apiKeys.get(secret));
    }

    private void checkDatabase(String name) {
        if (!database.equals(name)) {
            throw OdooFault.of("psycopg2.OperationalError", "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \""
                    + name + "\" does not exist\n");
        }
    }

    /** Odoo 19's JSON-2: bearer API key, named arguments, HTTP statuses for errors. */
    private void json2(HttpExchange exchange, String path, JsonNode body) throws IOException {
        if (major < 19) {
            send(exchange, 404, "text/html; charset=utf-8", "<!doctype html><title>404 Not Found</title>");
            return;
        }
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String key = authorization.regionMatches(true, 0, "bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        String requestedDb = exchange.getRequestHeaders().getFirst("X-Odoo-Database");
        Integer uid = apiKeys.get(key);
        if (uid == null || (requestedDb != null && !database.equals(requestedDb))) {
            sendJson2Error(exchange, 401, new OdooFault(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey",
                    java.util.List.of("Invalid apikey", 401)));
            return;
        }
        String[] parts = path.substring("/json/2/".length()).split("/");
        if (parts.length != 2 || !body.isObject()) {
            sendJson2Error(exchange, 404, OdooFault.of("werkzeug.exceptions.NotFound", "404 Not Found"));
            return;
        }
        if (body.has("args")) {
            sendJson2Error(exchange, 422, OdooFault.of("builtins.TypeError",
                    parts[1] + "() got an unexpected keyword argument 'args'"));
            return;
        }
        if (db.model(parts[0]) == null) {
            sendJson2Error(exchange, 404, OdooFault.json2NotFound("the model '" + parts[0] + "' does not exist"));
            return;
        }
        try {
            JsonNode result = callKw(uid, parts[0], parts[1], NODES.arrayNode(), body);
            send(exchange, 200, "application/json; charset=utf-8", result.toString());
        } catch (OdooFault fault) {
            boolean unknownMethod = fault.name.equals("builtins.AttributeError") && fault.getMessage().startsWith("The method '");
            sendJson2Error(exchange, unknownMethod ? 404 : json2Status(fault.name),
                    unknownMethod ? OdooFault.json2NotFound(fault.getMessage()) : fault);
        }
    }

    private static int json2Status(String name) {
        String type = name.substring(name.lastIndexOf('.') + 1);
        return switch (type) {
            case "AccessDenied" -> 401;
            case "AccessError" -> 403;
            case "MissingError", "KeyError", "AttributeError", "NotFound" -> 404;
            case "UserError", "ValidationError", "RedirectWarning", "TypeError", "ValueError" -> 422;
            default -> 500;
        };
    }

    private static void sendJson2Error(HttpExchange exchange, int status, OdooFault fault) throws IOException {
        ObjectNode error = NODES.objectNode();
        error.put("name", fault.name);
        error.put("message", fault.getMessage());
        error.set("arguments", SimDatabase.JSON.valueToTree(new ArrayList<>(fault.arguments)));
        error.putObject("context");
        error.put("debug", TRACEBACK + fault.name + ": " + fault.getMessage() + "\n");
        send(exchange, status, "application/json; charset=utf-8", error.toString());
    }

    private static ArrayNode args(JsonNode params) {
        JsonNode args = params.path("args");
        return args.isArray() ? (ArrayNode) args.deepCopy() : NODES.arrayNode();
    }

    private ObjectNode versionInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("server_version", major + ".0-20240709");
        info.putArray("server_version_info").add(major).add(0).add(0).add("final").add(0).add("");
        info.put("server_serie", major + ".0");
        info.put("protocol_version", 1);
        return info;
    }

    private JsonNode authenticate(HttpExchange exchange, JsonNode params) {
        if (!database.equals(params.path("db").asText())) {
            throw OdooFault.accessError("Database not found.");
        }
        String login = params.path("login").asText();
        if (!params.path("password").asText().equals(passwords.get(login))) {
            throw OdooFault.accessDenied();
        }
        String id = openSession(login);
        exchange.getResponseHeaders().add("Set-Cookie", "session_id=" + id
                + "; Expires=Sat, 27 Nov 2027 01:50:07 GMT; Max-Age=604800; HttpOnly; Path=/");
        return sessionInfo(UIDS.get(login));
    }

    private ObjectNode sessionInfo(int uid) {
        ObjectNode info = NODES.objectNode();
        info.put("uid", uid);
        info.put("is_system", uid == SimDatabase.ADMIN);
        info.put("is_admin", uid == SimDatabase.ADMIN);
        ObjectNode context = info.putObject("user_context");
        context.put("lang", "en_US").put("tz", "Europe/Brussels").put("uid", uid);
        info.put("db", database);
        info.put("server_version", major + ".0-20240709");
        info.put("name", uid == SimDatabase.ADMIN ? "Mitchell Admin" : "Marc Demo");
        info.put("username", uid == SimDatabase.ADMIN ? "admin" : "demo");
        info.put("partner_id", uid == SimDatabase.ADMIN ? 3 : 7);
        return info;
    }

    private int uid(HttpExchange exchange) {
        String session = sessionId(exchange);
        Integer uid = session == null ? null : sessions.get(session);
        if (uid == null) {
            throw OdooFault.sessionExpired();
        }
        return uid;
    }

    private static String sessionId(HttpExchange exchange) {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null) {
            return null;
        }
        for (String part : cookie.split(";")) {
            String trimmed = part.strip();
            if (trimmed.startsWith("session_id=")) {
                return trimmed.substring("session_id=".length());
            }
        }
        return null;
    }

    private static ObjectNode envelope(OdooFault fault) {
        ObjectNode error = NODES.objectNode();
        error.put("code", fault.code);
        error.put("message", switch (fault.code) {
            case 100 -> "Odoo Session Expired";
            case 404 -> "404: Not Found";
            default -> "Odoo Server Error";
        });
        ObjectNode data = error.putObject("data");
        data.put("name", fault.name);
        data.put("debug", TRACEBACK + fault.name + ": " + fault.getMessage() + "\n");
        data.put("message", fault.getMessage());
        data.set("arguments", SimDatabase.JSON.valueToTree(new ArrayList<>(fault.arguments)));
        data.putObject("context");
        return error;
    }

    /** Answers a status line promising a body that never comes, then closes: the client sees the connection die. */
    private static void resetConnection(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 1_000_000);
        exchange.getResponseBody().flush();
        throw new IOException("connection dropped on purpose");
    }

    private void flood(HttpExchange exchange) throws IOException {
        byte[] head = "{\"jsonrpc\": \"2.0\", \"id\": null, \"result\": \"".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[65536];
        java.util.Arrays.fill(chunk, (byte) 'x');
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, floodSize);
        OutputStream out = exchange.getResponseBody();
        out.write(head);
        floodedBytes.addAndGet(head.length);
        for (long left = floodSize - head.length - 2; left > 0; left -= chunk.length) {
            int n = (int) Math.min(left, chunk.length);
            out.write(chunk, 0, n);
            floodedBytes.addAndGet(n);
        }
        out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        out.close();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
