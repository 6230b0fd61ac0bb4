package io.github.odoorestcamel.observe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class OwnConnectionsTest {

    @Test
    void onlyTheMarkedClientEndIsOwnAndOnlyUntilForgotten() {
        OwnConnections own = new OwnConnections();
        SocketAddress warmUp = SocketAddress.inetSocketAddress(50123, "127.0.0.1");
        assertFalse(own.isOwn(warmUp), "nothing is own before a mark");
        own.mark("127.0.0.1", 50123);
        assertTrue(own.isOwn(warmUp));
        assertFalse(own.isOwn(SocketAddress.inetSocketAddress(50124, "127.0.0.1")), "another port");
        assertFalse(own.isOwn(SocketAddress.inetSocketAddress(50123, "10.0.0.7")), "another host, same port");
        assertFalse(own.isOwn(null));
        own.forget();
        assertFalse(own.isOwn(warmUp), "forgotten");
    }
}
