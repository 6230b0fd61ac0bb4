package io.github.odoorestcamel.bundles.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of a server, for outages: while closed, connections are refused and those
 * open are cut, as when the server's host goes down; opened again, it relays as before.
 */
public final class TcpGate implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpGate(int targetPort) {
        this.port = RunningBundles.freePort();
        this.targetPort = targetPort;
        open();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void open() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "gate-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void shut() {
        closeQuietly(listener);
        open.forEach(TcpGate::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        shut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket("127.0.0.1", targetPort);
                open.add(client);
                open.add(server);
                relay(client, server);
                relay(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // the other side or the gate closed the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "gate-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
