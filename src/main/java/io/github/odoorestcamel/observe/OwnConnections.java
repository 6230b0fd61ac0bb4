package io.github.odoorestcamel.observe;

import io.vertx.core.net.SocketAddress;

/**
 * The one connection the gateway opens to its own API port while it warms up: requests on it are
 * served as any other, but written to neither the access log nor the metrics. It is known by its
 * client end as the server sees it (loopback address and port), which no other client can share
 * while it is open; once forgotten, no connection is the gateway's own.
 */
public final class OwnConnections {

    private volatile String host;
    private volatile int port = -1;

    /** From now on, requests from {@code host}:{@code port} are the gateway's own. */
    public void mark(String host, int port) {
        this.port = -1;
        this.host = host;
        this.port = port;
    }

    public void forget() {
        port = -1;
        host = null;
    }

    /** Whether a request from this client end is the gateway's own. */
    public boolean isOwn(SocketAddress client) {
        int own = port;
        if (own < 0 || client == null || client.port() != own) {
            return false;
        }
        String ownHost = host;
        return ownHost != null && ownHost.equals(client.hostAddress());
    }
}
