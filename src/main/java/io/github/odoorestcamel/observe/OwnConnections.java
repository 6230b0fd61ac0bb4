package io.github.odoorestcamel.observe;

import io.vertx.core.net.SocketAddress;

/**
 * The one connection the gateway opens to its own API port while it warms up: requests on it are
 * served as any other, but written to neither the access log nor {@code gateway.http.requests}.
 * It is known by its client end as the server sees it (address and port), which no other client
 * can share while it is open; once forgotten, no connection is the gateway's own.
 */
public final class OwnConnections {

    private record ClientEnd(String host, int port) {
    }

    private volatile ClientEnd own;

    /** From now on, requests from {@code host}:{@code port} are the gateway's own. */
    public void mark(String host, int port) {
        own = new ClientEnd(host, port);
    }

    public void forget() {
        own = null;
    }

    /** Whether a request from this client end is the gateway's own. */
    public boolean isOwn(SocketAddress client) {
        ClientEnd end = own;
        return end != null && client != null && client.port() == end.port() && end.host().equals(client.hostAddress());
    }
}
