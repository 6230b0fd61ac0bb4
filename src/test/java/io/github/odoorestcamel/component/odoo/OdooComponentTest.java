package io.github.odoorestcamel.component.odoo;

import static io.github.odoorestcamel.component.odoo.OdooProducerTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.sim.OdooSimulator;
import io.github.odoorestcamel.sim.RecordedCall;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The component around the operations: credentials, secrets, the caller header, transient failures. */
class OdooComponentTest {

    private static final String SECRET = "never-shown-secret-1234";

    @TempDir
    Path stateDir;

    @Test
    void secretsStayOutOfEndpointsAndErrors() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            CamelContext context = OdooContexts.create(odoo, true, stateDir);
            context.start();
            try {
                Endpoint endpoint = context.getEndpoint("odoo:res.partner?operation=count&login=admin&apiKey=" + SECRET);
                assertEquals(30_000, ((OdooConsumer) endpoint.createConsumer(exchange -> { })).getDelay(),
                        "a poll every 30 s unless delay says otherwise");
                assertFalse(endpoint.toString().contains(SECRET), endpoint.toString());
                assertFalse(((OdooEndpoint) endpoint).getConfiguration().toString().contains(SECRET));
                OdooException refused = failure(() -> context.createProducerTemplate().requestBody(endpoint, (Object) null));
                assertEquals(ErrorKind.UNAUTHENTICATED, refused.kind());
                assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
            } finally {
                context.stop();
            }
        }
    }

    @Test
    void anUnreachableOdooIsARetryable502() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            CamelContext context = OdooContexts.create(odoo, true, stateDir);
            context.start();
            try {
                OdooException unreachable = failure(() -> context.createProducerTemplate()
                        .requestBody("odoo:res.partner?operation=count&url=http://127.0.0.1:" + closedPort, (Object) null));
                assertEquals(ErrorKind.UNREACHABLE, unreachable.kind());
                assertTrue(unreachable.isRetryable());
            } finally {
                context.stop();
            }
        }
    }

    @Test
    void anExpiredServiceSessionIsOpenedAgainAndTheCallerHeaderActsAsSomeoneElse() throws Exception {
        try (OdooSimulator odoo = new OdooSimulator(17).start()) {
            CamelContext context = OdooContexts.create(odoo, false, stateDir);
            context.start();
            try {
                ProducerTemplate producer = context.createProducerTemplate();
                long users = producer.requestBody("odoo:res.users?operation=count", null, Long.class);
                assertTrue(users > 0);
                String cookie = odoo.calls().stream().map(c -> c.header("Cookie")).filter(c -> c != null).findFirst().orElseThrow();
                odoo.expireSession(cookie.substring("session_id=".length()));
                odoo.resetCalls();
                assertEquals(users, producer.requestBody("odoo:res.users?operation=count", null, Long.class));
                assertEquals(1, odoo.calls().stream().map(RecordedCall::path).filter("/web/session/authenticate"::equals).count());

                String demo = odoo.openSession("demo");
                OdooException forbidden = failure(() -> producer.requestBodyAndHeaders("odoo:ir.config_parameter",
                        null, Map.of(OdooConstants.OPERATION, "count", OdooConstants.CALLER, Caller.session(demo, "odoo", 6, "en_US"))));
                assertEquals(ErrorKind.ACCESS_ERROR, forbidden.kind(), "the caller header's user is not the admin service account");
            } finally {
                context.stop();
            }
        }
    }
}
