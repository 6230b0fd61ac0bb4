package io.github.odoorestcamel.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the simulator that closes each client connection once an answer has
 * passed and the simulator has been quiet for a moment, sending no {@code Connection: close}: the
 * client's pool still holds a connection the server side has already closed.
 */
final class ClosingRelay implements AutoCloseable {

    /** An answer is complete once no byte has followed it for this long. */
    private static final int QUIET_MILLIS = 50;

    private final int targetPort;
    private final AtomicInteger accepted = new AtomicInteger();
    private ServerSocket listener;

    ClosingRelay(int targetPort) {
        this.targetPort = targetPort;
    }

    ClosingRelay start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "closing-relay");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    int port() {
        return listener.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                server.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                daemon(() -> copyRequests(client, server));
                daemon(() -> copyOneAnswer(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void copyRequests(Socket client, Socket server) {
        try (InputStream in = client.getInputStream()) {
            OutputStream out = server.getOutputStream();
            in.transferTo(out);
        } catch (IOException e) {
            // either side closed
        } finally {
            closeBoth(client, server);
        }
    }

    private static void copyOneAnswer(Socket server, Socket client) {
        byte[] buffer = new byte[65536];
        boolean answered = false;
        try {
            server.setSoTimeout(QUIET_MILLIS);
            InputStream in = server.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    answered = true;
                } catch (SocketTimeoutException quiet) {
                    if (answered) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // either side closed
        } finally {
            closeBoth(client, server);
        }
    }

    private static void closeBoth(Socket client, Socket server) {
        try {
            client.close();
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "closing-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
