package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.cors.CorsHandler;
import io.github.odoorestcamel.observe.OwnConnections;
import io.github.odoorestcamel.observe.RequestObserver;
import io.github.odoorestcamel.observe.RequestTraces;
import io.github.odoorestcamel.server.DirectReads;
import io.github.odoorestcamel.server.FrontHandlers;
import io.github.odoorestcamel.server.GatewayVertx;
import io.github.odoorestcamel.server.ServerLimits;
import io.github.odoorestcamel.server.ShutdownNotice;
import io.github.odoorestcamel.stream.ChangeStreamEndpoint;
import io.github.odoorestcamel.stream.ChangeStreams;
import io.vertx.core.Vertx;
import java.util.List;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The embedded HTTP server the REST API listens on: its limits and timeouts, the drain on
 * shutdown, the handlers in front of every route (request ids and metrics, CORS, the change
 * streams), and the reads served straight from the server's handler.
 */
public final class ServerConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        ServerSettings server = context.getRegistry().findSingleByType(ServerSettings.class);
        OdooConnectionSettings odoo = context.getRegistry().findSingleByType(OdooConnectionSettings.class);
        GatewayVertx vertxServer = GatewayVertx.create(limits(server, odoo),
                () -> context.getRegistry().findByType(VertxPlatformHttpRouter.class));
        Vertx vertx = vertxServer.vertx();
        context.getRegistry().bind("vertx", vertx);
        OdooServices odooServices = context.getRegistry().findSingleByType(OdooServices.class);
        ChangeStreams streams = new ChangeStreams(odooServices.client(), odooServices.reads(), server.streams(),
                BoundSettings.of(context, StateDirectory.class, StateDirectory::read).file("change-streams").toPath());
        context.getManagementStrategy().addEventNotifier(new ShutdownNotice(vertxServer, streams::stop));
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                vertx.close();
            }
        }, true);
        OwnConnections own = new OwnConnections();
        context.getRegistry().bind("ownConnections", own);
        RequestObserver observer = new RequestObserver(context.getRegistry().findSingleByType(RequestTraces.class), own,
                ObserveConfiguration.meters(context));
        ChangeStreamEndpoint changes = new ChangeStreamEndpoint(vertx, context.getRegistry().findSingleByType(CallerResolver.class),
                odooServices.reads(), odooServices.readSettings(), streams, server.maxQueryStringBytes());
        context.addService(new FrontHandlers(context, server.port(), List.of(observer, new CorsHandler(server.cors()), changes)), true);
        if (server.directReads()) {
            context.addService(new DirectReads(context, vertx, server.port(), context.getRegistry().findSingleByType(RequestTraces.class)), true);
        }
    }

    /** The HTTP server's limits; a client must not be cut off while it waits for a slow Odoo's 504, nor a quiet change stream. */
    private static ServerLimits limits(ServerSettings server, OdooConnectionSettings odoo) {
        ServerLimits limits = server.limits();
        if (limits.idleTimeout().compareTo(odoo.answerTimeout()) <= 0) {
            throw new IllegalArgumentException("http.idle-timeout (" + limits.idleTimeout().toSeconds() + " s) must be longer than "
                    + "odoo.http.timeout-ms (" + odoo.answerTimeout().toMillis() + " ms), else a client waiting for a slow Odoo is "
                    + "disconnected before its 504");
        }
        if (server.streams().heartbeat().compareTo(limits.idleTimeout()) >= 0) {
            throw new IllegalArgumentException("http.sse.heartbeat (" + server.streams().heartbeat().toSeconds() + " s) must be shorter than "
                    + "http.idle-timeout (" + limits.idleTimeout().toSeconds() + " s), else a quiet change stream is disconnected");
        }
        return limits;
    }
}
