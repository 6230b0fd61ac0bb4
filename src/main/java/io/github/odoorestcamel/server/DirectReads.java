package io.github.odoorestcamel.server;

import io.github.odoorestcamel.error.FatalErrors;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.observe.RequestTraces;
import io.github.odoorestcamel.read.PageBody;
import io.github.odoorestcamel.rest.DirectRoute;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Message;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.UnitOfWorkHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the REST API's reads ({@code GET} routes under {@code /api}) from the HTTP server's own
 * handler: the route's steps, as its YAML declares them, run on a worker thread straight from the
 * request ({@link DirectRoute}), and the answer is written from the worker, without Camel's HTTP
 * consumer, unit of work and route policies between them. The request reaches the steps as the
 * Camel route would see it — its headers, the path parameters, {@code CamelHttpPath},
 * {@code CamelHttpQuery} — and what they answer goes out as the route's would. A request with a
 * body, a route with a step of another kind, and every other route keep Camel's path. Requests in
 * flight count as the route's, so a graceful shutdown waits for them.
 */
public final class DirectReads extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DirectReads.class);
    /** After the handlers in front of every route, before the routes of Camel's HTTP consumers (0 and up). */
    private static final int ORDER = -1;
    private static final int CHUNK_BYTES = 16 * 1024;
    private static final long CLOSED_CHECK_MILLIS = 200;
    /**
     * What Camel's HTTP consumer keeps out of the exchange, and out of the answer (the same class it
     * uses): Camel's own headers, which steer components, either way, and those HTTP itself sets.
     */
    private static final HeaderFilterStrategy HEADERS = new HttpHeaderFilterStrategy();

    private final CamelContext camel;
    private final Vertx vertx;
    private final int port;
    private final RequestTraces traces;

    public DirectReads(CamelContext camel, Vertx vertx, int port, RequestTraces traces) {
        this.camel = camel;
        this.vertx = vertx;
        this.port = port;
        this.traces = traces;
    }

    @Override
    protected void doStart() {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(camel, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            throw new IllegalStateException("No HTTP server on port " + port + " to serve reads from");
        }
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        List<String> served = new ArrayList<>();
        for (RouteDefinition definition : model.getRouteDefinitions()) {
            Optional<String> path = readPath(definition.getInput().getEndpointUri());
            if (path.isEmpty()) {
                continue;
            }
            Optional<DirectRoute> route = DirectRoute.of(camel, definition);
            if (route.isEmpty()) {
                LOG.info("Route {} has a step other than a bean method or a processor: it is served through Camel's HTTP consumer",
                        definition.getRouteId());
                continue;
            }
            DirectRoute direct = route.get();
            router.get(path.get()).order(ORDER).handler(context -> handle(context, direct));
            served.add(direct.routeId());
        }
        LOG.info("Reads served straight from the HTTP server's handler (http.direct-reads): {}", served);
    }

    /**
     * The Vert.x path of a REST {@code GET} route under {@code /api} ({@code rest:get:/api:/{model}/{id}}
     * → {@code /api/:model/:id}); empty for any other route.
     */
    static Optional<String> readPath(String uri) {
        if (uri == null || !uri.startsWith("rest:get:")) {
            return Optional.empty();
        }
        int query = uri.indexOf('?');
        String[] parts = (query < 0 ? uri : uri.substring(0, query)).split(":", 4);
        if (parts.length != 4 || !parts[2].equals("/api")) {
            return Optional.empty();
        }
        String path = parts[2] + (parts[3].startsWith("/") ? parts[3] : "/" + parts[3]);
        return Optional.of(path.replaceAll("\\{([^/}]+)}", ":$1"));
    }

    private void handle(RoutingContext context, DirectRoute route) {
        HttpServerRequest request = context.request();
        ServiceStatus status = camel.getRouteController().getRouteStatus(route.routeId());
        if (hasBody(request.headers()) || status == null || !status.isStarted()) {
            // a body is read by Camel's consumer; a route stopped or suspended answers as Camel's consumer does
            context.next();
            return;
        }
        Read read = new Read(context, exchange(context, route), route.routeId(), vertx.getOrCreateContext());
        vertx.executeBlocking(() -> {
            serve(read, route);
            return null;
        }, false);
    }

    private static boolean hasBody(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !length.strip().equals("0"));
    }

    /** The request as the route's steps would see it from Camel's HTTP consumer. */
    private Exchange exchange(RoutingContext context, DirectRoute route) {
        HttpServerRequest request = context.request();
        Exchange exchange = new DefaultExchange(camel, ExchangePattern.InOut);
        exchange.getExchangeExtension().setFromRouteId(route.routeId());
        Message in = exchange.getIn();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey();
            if (!HEADERS.applyFilterToExternalHeaders(name, header.getValue(), exchange)) {
                in.setHeader(name, withValue(in.getHeader(name), header.getValue()));
            }
        }
        in.setHeader(Exchange.HTTP_METHOD, "GET");
        in.setHeader(Exchange.HTTP_URI, request.uri());
        in.setHeader(Exchange.HTTP_PATH, context.normalizedPath());
        in.setHeader(Exchange.HTTP_QUERY, request.query());
        context.pathParams().forEach(in::setHeader);
        return exchange;
    }

    /** A header's values, as Camel's HTTP consumer keeps them: the one value, or a list of them in their order. */
    private static Object withValue(Object present, String value) {
        if (present == null) {
            return value;
        }
        List<Object> values = new ArrayList<>();
        if (present instanceof List<?> list) {
            values.addAll(list);
        } else {
            values.add(present);
        }
        values.add(value);
        return values;
    }


    /**
     * One read from its request to its answer. It counts as its route's exchange in flight from
     * the moment the HTTP server hands it over until its answer is written or given up, once.
     */
    private final class Read {
        final RoutingContext context;
        final Exchange exchange;
        final String routeId;
        /** The request's event loop. */
        final Context loop;
        private final AtomicBoolean ended = new AtomicBoolean();

        Read(RoutingContext context, Exchange exchange, String routeId, Context loop) {
            this.context = context;
            this.exchange = exchange;
            this.routeId = routeId;
            this.loop = loop;
            camel.getInflightRepository().add(exchange, routeId);
        }

        HttpServerResponse response() {
            return context.response();
        }

        /** What the steps asked to happen once the exchange is done (such as closing Odoo's answer), then out of the in-flight count. */
        void end() {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            try {
                UnitOfWorkHelper.doneSynchronizations(exchange, exchange.getExchangeExtension().handoverCompletions());
            } finally {
                camel.getInflightRepository().remove(exchange, routeId);
            }
        }
    }

    private void serve(Read read, DirectRoute route) {
        HttpServerRequest request = read.context.request();
        boolean handedOn = false;
        // the trace stays bound while the answer is begun, so that a failure logged here carries the request's id
        boolean traced = traces.enter(request);
        try {
            route.run(read.exchange);
            handedOn = respond(read);
        } catch (RuntimeException | Error e) {
            FatalErrors.haltIfFatal(e);
            LOG.error("Unexpected failure answering {}: {}", route.routeId(), e.getClass().getName(), e);
            if (!read.response().headWritten()) {
                JsonErrors.send(request, GatewayException.internal());
            } else {
                request.connection().close();
            }
        } finally {
            if (!handedOn) {
                read.end();
            }
            if (traced) {
                traces.leave();
            }
        }
    }

    /**
     * Writes the route's answer, and ends the exchange once it is written: a whole body on the
     * request's event loop, where Vert.x would take the write anyway (writing from the worker instead
     * measured 0.1–0.2 ms slower from Odoo's last byte to the client's); a body of unknown length
     * chunk by chunk as it is read ({@link #pump}). True: the exchange is ended there.
     */
    private boolean respond(Read read) {
        Message out = read.exchange.getMessage();
        int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        Object body = out.getBody();
        HttpServerResponse response = read.response();
        if (body instanceof InputStream stream) {
            head(response, status, read.exchange);
            if (stream instanceof PageBody page) {
                page.stopWhen(response::closed);
            }
            response.setChunked(true);
            pump(read, stream);
            return true;
        }
        Buffer bytes = buffer(body);
        read.loop.runOnContext(ignored -> {
            try {
                head(response, status, read.exchange);
                response.end(bytes);
            } catch (RuntimeException gone) {
                // the client went while the answer was made: nothing to write it to
            } finally {
                read.end();
            }
        });
        return true;
    }

    /**
     * The answer's status and headers, as Camel's consumer writes them: the message's headers that
     * pass {@link #HEADERS}, then the content type.
     */
    private static void head(HttpServerResponse response, int status, Exchange exchange) {
        response.setStatusCode(status);
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        for (Map.Entry<String, Object> header : exchange.getMessage().getHeaders().entrySet()) {
            Object value = header.getValue();
            if (value == null) {
                continue;
            }
            for (Object one : value instanceof Iterable<?> values ? values : List.of(value)) {
                String text = String.valueOf(one);
                if (!HEADERS.applyFilterToCamelHeaders(header.getKey(), text, exchange)) {
                    response.headers().add(header.getKey(), text);
                }
            }
        }
        if (contentType != null) {
            response.putHeader("Content-Type", contentType);
        }
    }

    private static Buffer buffer(Object body) {
        if (body == null) {
            return Buffer.buffer();
        }
        if (body instanceof ByteBuffer bytes) {
            return Buffer.buffer(Unpooled.wrappedBuffer(bytes));
        }
        if (body instanceof byte[] bytes) {
            return Buffer.buffer(bytes);
        }
        return Buffer.buffer(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a body as it is read, on a worker thread (reading waits for Odoo's bytes). When the
     * client takes the answer slower than it comes, the worker is let go and the sending goes on,
     * on another one, once the client has taken enough (or has gone): a client that stops reading
     * holds its connection until {@code http.idle-timeout}, never a worker. A failure to read the
     * body cuts the connection, so the client never takes a cut answer for a whole one; a client
     * gone ends the reading.
     */
    private void pump(Read read, InputStream body) {
        HttpServerResponse response = read.response();
        try {
            byte[] chunk = new byte[CHUNK_BYTES];
            while (!response.closed()) {
                int count = body.read(chunk);
                if (count < 0) {
                    response.end();
                    break;
                }
                if (count > 0) {
                    response.write(Buffer.buffer(Arrays.copyOf(chunk, count)));
                    if (response.writeQueueFull()) {
                        resumeOnRoom(read, body);
                        return;
                    }
                }
            }
            closeQuietly(body);
            read.end();
        } catch (IOException | RuntimeException e) {
            read.exchange.setException(e);
            LOG.warn("An answer was cut while it was sent: {}", e.toString());
            closeQuietly(body);
            response.reset();
            read.end();
        } catch (Error e) {
            FatalErrors.haltIfFatal(e);
            closeQuietly(body);
            response.reset();
            read.end();
            throw e;
        }
    }

    /** Goes on with {@link #pump} on a worker once the client has taken enough of what waits, or has gone; once. */
    private void resumeOnRoom(Read read, InputStream body) {
        HttpServerResponse response = read.response();
        AtomicBoolean resumed = new AtomicBoolean();
        AtomicLong watch = new AtomicLong(-1);
        Runnable resume = () -> {
            if (resumed.compareAndSet(false, true)) {
                vertx.cancelTimer(watch.get());
                vertx.executeBlocking(() -> {
                    boolean traced = traces.enter(read.context.request());
                    try {
                        pump(read, body);
                    } finally {
                        if (traced) {
                            traces.leave();
                        }
                    }
                    return null;
                }, false);
            }
        };
        response.drainHandler(ignored -> resume.run());
        // the close of the connection is not the response's to report here: looked at instead
        watch.set(vertx.setPeriodic(CLOSED_CHECK_MILLIS, ignored -> {
            if (response.closed()) {
                resume.run();
            }
        }));
        if (!response.writeQueueFull()) {
            // drained before the handler was in place
            resume.run();
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing an answer's body failed: {}", e.toString());
        }
    }
}
