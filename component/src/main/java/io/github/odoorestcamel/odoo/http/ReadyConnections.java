package io.github.odoorestcamel.odoo.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections to Odoo opened before they are needed. Odoo's own server closes every connection
 * after its answer, so each call would first open one and wait for it; here a call takes a
 * connection opened in the background since the previous one, and another is opened behind it.
 * A ready connection is handed out only while it is younger than its idle limit and Odoo has not
 * closed it (checked without waiting), so even a call that must not be sent twice goes out on a
 * connection known to be open; an older one is closed, so Odoo's worker that accepted it is not
 * held. Only plain {@code http} to Odoo's own host and port is prepared; anything else connects
 * as usual.
 */
final class ReadyConnections implements HttpClientConnectionOperator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyConnections.class);

    private record Ready(SocketChannel channel, long openedAt) {
    }

    private final HttpClientConnectionOperator plain;
    private final HttpHost odoo;
    private final int wanted;
    private final long maxIdleNanos;
    private final Timeout connectTimeout;
    private final Deque<Ready> ready = new ArrayDeque<>();
    private final ScheduledExecutorService opener;
    private int opening;
    private boolean closed;

    /** {@code wanted} connections kept ready to {@code odoo} (none: this only connects), each for at most {@code maxIdle}. */
    ReadyConnections(HttpHost odoo, int wanted, TimeValue maxIdle, Timeout connectTimeout) {
        this.plain = new DefaultHttpClientConnectionOperator(null, null, RegistryBuilder.<TlsSocketStrategy>create()
                .register(URIScheme.HTTPS.id, DefaultClientTlsStrategy.createDefault()).build());
        this.odoo = odoo;
        this.wanted = URIScheme.HTTP.same(odoo.getSchemeName()) ? wanted : 0;
        this.maxIdleNanos = maxIdle.toNanoseconds();
        this.connectTimeout = connectTimeout;
        this.opener = this.wanted == 0 ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "odoo-ready-connections");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void connect(ManagedHttpClientConnection conn, HttpHost host, InetSocketAddress localAddress, TimeValue connectTimeout,
            SocketConfig socketConfig, HttpContext context) throws IOException {
        if (!handOut(conn, host, socketConfig)) {
            plain.connect(conn, host, localAddress, connectTimeout, socketConfig, context);
        }
    }

    @Override
    public void connect(ManagedHttpClientConnection conn, HttpHost host, NamedEndpoint endpointName, InetSocketAddress localAddress,
            Timeout connectTimeout, SocketConfig socketConfig, Object attachment, HttpContext context) throws IOException {
        if (!handOut(conn, host, socketConfig)) {
            plain.connect(conn, host, endpointName, localAddress, connectTimeout, socketConfig, attachment, context);
        }
    }

    @Override
    public void upgrade(ManagedHttpClientConnection conn, HttpHost host, HttpContext context) throws IOException {
        plain.upgrade(conn, host, context);
    }

    @Override
    public void upgrade(ManagedHttpClientConnection conn, HttpHost host, NamedEndpoint endpointName, Object attachment,
            HttpContext context) throws IOException {
        plain.upgrade(conn, host, endpointName, attachment, context);
    }

    /** Binds a ready connection to {@code conn}, when one is; another is prepared behind it in any case. */
    private boolean handOut(ManagedHttpClientConnection conn, HttpHost host, SocketConfig socketConfig) throws IOException {
        if (wanted == 0 || !isOdoo(host)) {
            return false;
        }
        Socket socket = take();
        prepared(host);
        if (socket == null) {
            return false;
        }
        if (socketConfig.getSoTimeout() != null && socketConfig.getSoTimeout().isEnabled()) {
            socket.setSoTimeout(socketConfig.getSoTimeout().toMillisecondsIntBound());
        }
        conn.bind(socket);
        return true;
    }

    /** The youngest ready connection that is still open, or none; the ones passed over are closed. */
    private Socket take() {
        while (true) {
            Ready next;
            synchronized (this) {
                next = ready.pollLast();
            }
            if (next == null) {
                return null;
            }
            if (System.nanoTime() - next.openedAt() < maxIdleNanos && stillOpen(next.channel())) {
                return next.channel().socket();
            }
            closeQuietly(next.channel());
        }
    }

    /**
     * Whether Odoo has neither closed the connection nor sent anything on it: a read that does not
     * wait finds nothing. The connection is then made blocking again, as the client uses it.
     */
    static boolean stillOpen(SocketChannel channel) {
        try {
            channel.configureBlocking(false);
            int read = channel.read(ByteBuffer.allocate(1));
            channel.configureBlocking(true);
            return read == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The client names Odoo's host with the scheme's port filled in when the URL gives none. */
    private boolean isOdoo(HttpHost host) {
        return host.getSchemeName().equalsIgnoreCase(odoo.getSchemeName()) && host.getHostName().equalsIgnoreCase(odoo.getHostName())
                && port(host) == port(odoo);
    }

    private static int port(HttpHost host) {
        return host.getPort() >= 0 ? host.getPort() : URIScheme.HTTPS.same(host.getSchemeName()) ? 443 : 80;
    }

    /** A connection to {@code host} was just used: the ready ones are made up to the wanted number. */
    private void prepared(HttpHost host) {
        if (wanted == 0 || !isOdoo(host)) {
            return;
        }
        synchronized (this) {
            if (closed || ready.size() + opening >= wanted) {
                return;
            }
            opening++;
        }
        opener.execute(this::open);
    }

    private void open() {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open();
            channel.socket().setTcpNoDelay(true);
            channel.socket().connect(new InetSocketAddress(odoo.getHostName(), port(odoo)),
                    connectTimeout.toMillisecondsIntBound());
        } catch (IOException | RuntimeException e) {
            // Odoo is not reachable now: the next call connects by itself and says so
            LOG.debug("Could not open a connection to Odoo ahead of need: {}", e.getClass().getSimpleName());
            closeQuietly(channel);
            channel = null;
        }
        Ready opened = channel == null ? null : new Ready(channel, System.nanoTime());
        synchronized (this) {
            opening--;
            if (opened == null) {
                return;
            }
            if (closed) {
                closeQuietly(channel);
                return;
            }
            ready.addLast(opened);
        }
        opener.schedule(() -> expire(opened), maxIdleNanos, TimeUnit.NANOSECONDS);
    }

    /** How many connections are ready to be handed out now. */
    synchronized int readyCount() {
        return ready.size();
    }

    /** An unused connection is closed at its idle limit, so that it holds nothing on Odoo's side. */
    private void expire(Ready connection) {
        boolean removed;
        synchronized (this) {
            removed = ready.remove(connection);
        }
        if (removed) {
            closeQuietly(connection.channel());
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // it is being dropped anyway
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            ready.forEach(connection -> closeQuietly(connection.channel()));
            ready.clear();
        }
        if (opener != null) {
            opener.shutdownNow();
        }
    }
}
