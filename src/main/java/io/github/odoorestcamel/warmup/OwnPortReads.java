package io.github.odoorestcamel.warmup;

import io.github.odoorestcamel.observe.OwnConnections;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads sent to the gateway's own API port that are refused before any call to Odoo — a record, a
 * list and a field asked with an id or a page that is not a number — so that the JIT compiles
 * what the synthetic reads do not reach: the HTTP server's handling of a request, the route run
 * from it up to the refusal, the error answer written back. They go one after the other over one
 * kept-alive connection (to the loopback address when the port listens on every address), which
 * the access log and {@code gateway.http.requests} leave out ({@link OwnConnections}); each must be
 * answered 400, else they stop.
 */
final class OwnPortReads implements AutoCloseable {

    /** Every read refused: no id is {@code x10}, no page is {@code x}. */
    static final List<String> PATHS = List.of("/api/res.partner/x10/?" + SyntheticReads.RECORD_QUERY,
            "/api/res.partner/?" + SyntheticReads.LIST_QUERY + "&page=x", "/api/res.partner/x10/name/");
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final String CONTENT_LENGTH = "Content-Length:";
    private static final int TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final OwnConnections own;
    private final byte[][] requests;

    private OwnPortReads(Socket socket, OwnConnections own, String hostHeader) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.own = own;
        this.requests = new byte[PATHS.size()][];
        for (int i = 0; i < PATHS.size(); i++) {
            requests[i] = ("GET " + PATHS.get(i) + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nX-Session-Id: " + SyntheticReads.SESSION_ID
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Connects to the API port listening on {@code listenHost} (a wildcard address is reached on
     * the loopback one) and marks the connection as the gateway's own.
     */
    static OwnPortReads open(String listenHost, int port, OwnConnections own) throws IOException {
        String host = reachable(listenHost);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            // marked before the first request is sent: the server sees the client end as this one
            own.mark(socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
            return new OwnPortReads(socket, own, (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        } catch (IOException | RuntimeException e) {
            own.forget();
            try {
                socket.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The address a client reaches a server listening on {@code listenHost} at. */
    static String reachable(String listenHost) {
        String host = listenHost.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return switch (host) {
            case "", "0.0.0.0" -> "127.0.0.1";
            case "::", "0:0:0:0:0:0:0:0" -> "::1";
            default -> host;
        };
    }

    /** Sends each read once; fails when one is not answered 400. */
    void run() throws IOException {
        for (int i = 0; i < requests.length; i++) {
            out.write(requests[i]);
            out.flush();
            int status = readAnswer();
            if (status != 400) {
                throw new IOException("GET " + PATHS.get(i) + " on the API port was answered " + status + ", not 400");
            }
        }
    }

    /** Reads one answer whole (its body has a length); its status. */
    private int readAnswer() throws IOException {
        String head = readHead();
        int status;
        try {
            status = Integer.parseInt(head.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("an answer on the API port without a status");
        }
        long length = -1;
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, CONTENT_LENGTH, 0, CONTENT_LENGTH.length())) {
                length = Long.parseLong(line.substring(CONTENT_LENGTH.length()).strip());
            }
        }
        if (length < 0) {
            throw new IOException("an answer on the API port without a length");
        }
        in.skipNBytes(length);
        return status;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the API port closed the connection");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("an answer's head on the API port is too long");
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            throw new IOException("not an HTTP answer on the API port");
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        own.forget();
        socket.close();
    }
}
