package io.github.odoorestcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sits in front of the upstream and remembers the last body the gateway sent for each method, so
 * the direct benchmark sends exactly the same call. In replay mode (in front of the Odoo
 * simulator) it is also a fast stand-in for Odoo: the first time it sees a request it asks the
 * simulator (so the answer is a realistic Odoo answer) and records it; later identical requests get
 * the recorded bytes, at once or after Odoo's own time. In front of a real Odoo it only forwards.
 *
 * <p>It is a plain socket server, a thread per connection, so that it adds next to nothing of its
 * own and knows to the microsecond when a request had fully arrived and when the last byte of its
 * answer was written: {@link #lastExchange()} gives both for the gap measurement.
 */
final class RecordedOdoo implements AutoCloseable {

    private record Recorded(int status, String contentType, byte[] body, List<String> setCookie) {
    }

    /** A request as the gateway sent it. */
    record Sent(String path, byte[] body) {
    }

    /** {@link System#nanoTime()} when a request had fully arrived and when its answer's last byte was written. */
    record Timing(long received, long answered) {
    }

    /** How replayed answers are given: after {@code latencyMillis}, closing the connection or keeping it alive. */
    record Behaviour(long latencyMillis, boolean connectionClose) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String upstream;
    private final boolean replay;
    private final Map<String, Recorded> answers = new ConcurrentHashMap<>();
    private final Map<String, Sent> lastRequestByMethod = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private volatile Behaviour behaviour;
    private volatile Timing last = new Timing(0, 0);
    private volatile Queue<Timing> timings;

    RecordedOdoo(String upstream, boolean replay, Behaviour behaviour) throws IOException {
        this.upstream = upstream;
        this.replay = replay;
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "recorded-odoo-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Changes how the following answers are given (a benchmark phase may stand for another Odoo). */
    void behave(Behaviour next) {
        this.behaviour = next;
    }

    Behaviour behaviour() {
        return behaviour;
    }

    /** The last request body the gateway sent for a call_kw method: the direct benchmark sends the same. */
    Sent lastRequest(String method) {
        return lastRequestByMethod.get(method);
    }

    /** When the last request arrived and was answered; meaningful at concurrency 1. */
    Timing lastExchange() {
        return last;
    }

    /** From now on, remember when each call was received and answered (for {@link #drainTimings()}). */
    void recordTimings() {
        timings = new ConcurrentLinkedQueue<>();
    }

    /** The calls answered since the last drain, in the order they were answered. */
    List<Timing> drainTimings() {
        List<Timing> drained = new ArrayList<>();
        for (Timing t; (t = timings.poll()) != null; ) {
            drained.add(t);
        }
        return drained;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                HttpHead head = HttpHead.read(in);
                if (head == null) {
                    return;
                }
                byte[] request = in.readNBytes(head.contentLength());
                long received = System.nanoTime();
                boolean close = answer(head, request, out);
                last = new Timing(received, System.nanoTime());
                Queue<Timing> recorded = timings;
                if (recorded != null) {
                    recorded.add(last);
                }
                if (close || head.wantsClose()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the peer went away; nothing to answer
        }
    }

    /** Answers one request; true when the connection closes after it. */
    private boolean answer(HttpHead head, byte[] request, OutputStream out) throws IOException {
        Behaviour now = behaviour;
        JsonNode params = JSON.readTree(request).path("params");
        lastRequestByMethod.put(params.path("method").asText(head.path()), new Sent(head.path(), request));
        Recorded answer = replay ? answers.get(head.path() + params) : null;
        if (answer != null && now.latencyMillis() > 0) {
            sleep(now.latencyMillis());
        }
        if (answer == null) {
            answer = forward(head, request);
            if (replay && answer.status() == 200 && !new String(answer.body(), StandardCharsets.UTF_8).contains("\"error\"")) {
                answers.put(head.path() + params, answer);
            }
        }
        StringBuilder response = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(answer.status() == 200 ? " OK" : " X")
                .append("\r\nContent-Type: ").append(answer.contentType())
                .append("\r\nContent-Length: ").append(answer.body().length);
        if (now.connectionClose()) {
            response.append("\r\nConnection: close");
        }
        for (String cookie : answer.setCookie()) {
            response.append("\r\nSet-Cookie: ").append(cookie);
        }
        byte[] headBytes = response.append("\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[headBytes.length + answer.body().length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(answer.body(), 0, whole, headBytes.length, answer.body().length);
        out.write(whole);
        out.flush();
        return now.connectionClose();
    }

    private Recorded forward(HttpHead head, byte[] request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(upstream + head.path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).header("Content-Type", "application/json");
        String cookie = head.header("cookie");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Recorded(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                    response.body(), response.headers().allValues("Set-Cookie"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.shutdownNow();
    }
}
