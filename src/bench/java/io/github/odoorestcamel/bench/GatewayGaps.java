package io.github.odoorestcamel.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The time a request spends inside the gateway, measured directly: a socket client stamps when it
 * writes its request and when it has read the whole answer, the stand-in stamps when the upstream
 * request had fully arrived and when it wrote its answer's last byte. <em>in</em> is the client's
 * request to the upstream request (the gateway's work before Odoo, connection set-up included),
 * <em>out</em> is Odoo's last byte to the client's last byte (the gateway's work after Odoo). The
 * same two gaps of a direct call to the stand-in are the floor: what the sockets and the threads
 * of the client and stand-in cost with no gateway between them. Concurrency 1.
 */
final class GatewayGaps {

    /** Medians and 90th percentiles in milliseconds. */
    record Gaps(double in50, double in90, double out50, double out90, int samples) {
    }

    private final RecordedOdoo upstream;

    GatewayGaps(RecordedOdoo upstream) {
        this.upstream = upstream;
    }

    /** {@code count} GETs through the gateway on one kept-alive connection, after {@code warmup} more. */
    Gaps throughGateway(int port, String pathAndQuery, String session, int warmup, int count) throws IOException {
        byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: session_id=" + session
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            return sample(warmup, count, () -> exchange(request, in, out));
        }
    }

    /** The same upstream call sent straight to the stand-in, on a new connection each time as Odoo closes them. */
    Gaps direct(RecordedOdoo.Sent sent, String session, int warmup, int count) throws IOException {
        byte[] head = ("POST " + sent.path() + " HTTP/1.1\r\nHost: 127.0.0.1:" + upstream.port() + "\r\nCookie: session_id="
                + session + "\r\nContent-Type: application/json\r\nContent-Length: " + sent.body().length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(head, head.length + sent.body().length);
        System.arraycopy(sent.body(), 0, request, head.length, sent.body().length);
        return sample(warmup, count, () -> {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                long started = System.nanoTime();
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstream.port()));
                return exchange(started, request, new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
            }
        });
    }

    private interface Exchange {
        long[] run() throws IOException;
    }

    private Gaps sample(int warmup, int count, Exchange exchange) throws IOException {
        for (int i = 0; i < warmup; i++) {
            exchange.run();
        }
        long[] in = new long[count];
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long[] gaps = exchange.run();
            in[i] = gaps[0];
            out[i] = gaps[1];
        }
        Arrays.sort(in);
        Arrays.sort(out);
        return new Gaps(millis(in, 0.5), millis(in, 0.9), millis(out, 0.5), millis(out, 0.9), count);
    }

    private long[] exchange(byte[] request, InputStream in, OutputStream out) throws IOException {
        return exchange(System.nanoTime(), request, in, out);
    }

    private long[] exchange(long started, byte[] request, InputStream in, OutputStream out) throws IOException {
        out.write(request);
        out.flush();
        HttpHead head = HttpHead.read(in);
        if (head == null || head.status() >= 300) {
            throw new IOException("the request failed: " + (head == null ? "no answer" : head.firstLine()));
        }
        head.skipBody(in);
        long finished = System.nanoTime();
        RecordedOdoo.Timing upstreamSide = upstream.lastExchange();
        // the stand-in stamps its exchange just after its last write returns, which may be after this read
        while (upstreamSide.received() < started) {
            if (System.nanoTime() - finished > 1_000_000_000L) {
                throw new IOException("the request did not reach the stand-in");
            }
            Thread.onSpinWait();
            upstreamSide = upstream.lastExchange();
        }
        return new long[] {upstreamSide.received() - started, finished - upstreamSide.answered()};
    }

    private static double millis(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
