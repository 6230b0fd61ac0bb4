package io.github.odoorestcamel.server;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.FatalErrors;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x instance the embedded HTTP server is created from, adjusted where camel-platform-http
 * offers no setting: the worker threads that run the routes (each waits on Odoo while a request is
 * in flight); a request line longer than Vert.x's 4096 bytes (so a long {@code filter} reaches the
 * gateway and gets a JSON 400 naming the limit); the idle and request-head timeouts and the cap on
 * connections ({@link ConnectionGuard}); what is refused before a route runs ({@link RequestAdmission});
 * JSON answers for what the HTTP layer refuses by itself (a request line or header block over its
 * limit, a path or method no route serves, a body over the size limit, a failure outside the routes),
 * where Vert.x answers with HTML or nothing; and an end to the process on an out-of-memory error.
 */
public final class GatewayVertx {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayVertx.class);

    private final Vertx vertx;
    private final RequestAdmission admission;

    private GatewayVertx(Vertx vertx, RequestAdmission admission) {
        this.vertx = vertx;
        this.admission = admission;
    }

    /**
     * @param routers the routers the platform-http consumers add their routes to, asked when a 405
     *                needs its {@code Allow} header
     */
    public static GatewayVertx create(ServerLimits limits, Supplier<? extends Collection<? extends Router>> routers) {
        Vertx real = Vertx.vertx(new VertxOptions().setWorkerPoolSize(limits.workerThreads()));
        real.exceptionHandler(GatewayVertx::unhandled);
        RequestAdmission admission = new RequestAdmission(new BodyBudget(limits.bodyMemoryBytes()), limits.maxBodyBytes(),
                limits.retryAfter().toSeconds());
        ConnectionGuard connections = new ConnectionGuard(real, limits.maxConnections(), limits.requestHeaderTimeout());
        Vertx vertx = proxy(real, Vertx.class, (method, args) -> {
            if (method.getName().equals("createHttpServer") && args != null && args.length == 1
                    && args[0] instanceof HttpServerOptions options) {
                // HTTP/1.1 only: the budget counts bodies by their declared length or chunked encoding
                options.setMaxInitialLineLength(limits.maxRequestLineBytes()).setMaxHeaderSize(limits.maxHeaderBytes())
                        .setIdleTimeout((int) limits.idleTimeout().toSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS)
                        .setHttp2ClearTextEnabled(false);
                HttpServer server = real.createHttpServer(options).connectionHandler(connections)
                        .invalidRequestHandler(GatewayVertx::malformed).exceptionHandler(GatewayVertx::connectionFailed);
                return proxy(server, HttpServer.class, (m, a) -> {
                    if (m.getName().equals("requestHandler") && a != null && a.length == 1 && a[0] instanceof Router router) {
                        router.route().order(Integer.MIN_VALUE).handler(connections::headReceived);
                        router.route().order(Integer.MIN_VALUE + 1).handler(admission);
                        // the body handler fails a request whose stream broke (a bad chunk, a lost connection) with 200
                        router.errorHandler(200, GatewayVertx::failed);
                        for (int status = 400; status < 600; status++) {
                            router.errorHandler(status, GatewayVertx::failed);
                        }
                        router.errorHandler(404, GatewayVertx::notFound);
                        router.errorHandler(405, context -> methodNotAllowed(context, routers.get()));
                        router.errorHandler(413, GatewayVertx::tooLarge);
                    }
                    return null;
                });
            }
            return null;
        });
        return new GatewayVertx(vertx, admission);
    }

    public Vertx vertx() {
        return vertx;
    }

    /** The gateway is shutting down: new requests get a JSON 503 while those in flight finish. */
    public void drain() {
        admission.drain();
    }

    /** A request line or header block over its limit, or bytes that are not HTTP: answered, then the connection closes. */
    private static void malformed(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        GatewayException error;
        if (cause instanceof TooLongHttpLineException) {
            error = new GatewayException(ErrorKind.URI_TOO_LONG, "UriTooLong",
                    "The request line is longer than the gateway reads (http.max-request-line-bytes)");
        } else if (cause instanceof TooLongHttpHeaderException) {
            error = new GatewayException(ErrorKind.HEADERS_TOO_LARGE, "HeadersTooLarge",
                    "The request headers are larger than the gateway reads (http.max-header-bytes)");
        } else {
            error = GatewayException.badRequest("The request is not valid HTTP/1.1");
        }
        request.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        JsonErrors.send(request, error);
    }

    private static void notFound(RoutingContext context) {
        answer(context, new GatewayException(ErrorKind.MISSING, "NotFound",
                "No such endpoint: " + context.request().method() + " " + context.request().path()));
    }

    private static void methodNotAllowed(RoutingContext context, Collection<? extends Router> routers) {
        List<AllowedMethods.Served> served = routers.stream().flatMap(router -> router.getRoutes().stream())
                .map(route -> new AllowedMethods.Served(route.getPath(), route.methods() == null ? Set.of()
                        : route.methods().stream().map(HttpMethod::name).collect(Collectors.toSet())))
                .toList();
        context.response().putHeader(HttpHeaders.ALLOW, String.join(", ", AllowedMethods.on(context.normalizedPath(), served)));
        answer(context, new GatewayException(ErrorKind.METHOD_NOT_ALLOWED, "MethodNotAllowed",
                "Method " + context.request().method() + " is not allowed on " + context.request().path()));
    }

    private static void tooLarge(RoutingContext context) {
        answer(context, new GatewayException(ErrorKind.PAYLOAD_TOO_LARGE, "PayloadTooLarge",
                "The request body is larger than the gateway accepts (http.max-body-bytes)"));
    }

    /**
     * A failure outside the routes' own error handling: a body that cannot be read (a 4xx), or a
     * failure of the HTTP layer or of a route's answer (a 5xx). Its message may hold request data,
     * so only its type is logged, and only for a 5xx.
     */
    private static void failed(RoutingContext context) {
        Throwable failure = context.failure();
        FatalErrors.haltIfFatal(failure);
        int status = context.statusCode();
        if (status >= 500) {
            LOG.error("Request failed outside the routes: {}", failure == null ? "status " + status : failure.getClass().getName());
        }
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.close();
        } else if (status >= 500) {
            answer(context, GatewayException.internal());
        } else {
            ErrorKind kind = HttpStatuses.kindOf(status).orElse(ErrorKind.INVALID_INPUT);
            answer(context, new GatewayException(kind, "ValidationError", "The request could not be read as sent"));
        }
    }

    private static void answer(RoutingContext context, GatewayException error) {
        JsonErrors.send(context.request(), error);
    }

    private static void unhandled(Throwable failure) {
        FatalErrors.haltIfFatal(failure);
        LOG.error("Unhandled failure in the HTTP server: {}", failure.getClass().getName());
    }

    private static void connectionFailed(Throwable failure) {
        FatalErrors.haltIfFatal(failure);
        LOG.debug("Connection failed: {}", failure.getClass().getName());
    }

    /** What an intercepted call returns instead of the real one, or null to let the real one run. */
    private interface Interception {
        Object intercept(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(T real, Class<T> type, Interception interception) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), interfacesOf(real.getClass()), (self, method, args) -> {
            Object replaced = interception.intercept(method, args);
            if (replaced != null) {
                return replaced;
            }
            try {
                Object result = method.invoke(real, args);
                return result == real ? self : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }

    private static Class<?>[] interfacesOf(Class<?> type) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (Modifier.isPublic(i.getModifiers())) {
                    interfaces.add(i);
                }
            }
        }
        return interfaces.toArray(Class<?>[]::new);
    }
}
