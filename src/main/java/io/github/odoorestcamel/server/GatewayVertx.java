package io.github.odoorestcamel.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.rest.ErrorResponder;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Vert.x instance the embedded HTTP server is created from, adjusted where camel-platform-http
 * offers no setting: the number of worker threads that run the routes (each waits on Odoo while a
 * request is in flight), a request line longer than Vert.x's 4096 bytes (so a long {@code filter}
 * reaches the gateway and gets a JSON 400 naming the limit, not a bare 414), and JSON answers for
 * paths and methods no route serves and for bodies over the size limit (Vert.x answers those
 * with HTML or nothing).
 */
public final class GatewayVertx {

    private GatewayVertx() {
    }

    public static Vertx create(int maxRequestLineBytes, int maxHeaderBytes, int workerThreads) {
        Vertx real = Vertx.vertx(new VertxOptions().setWorkerPoolSize(workerThreads));
        return proxy(real, Vertx.class, (method, args) -> {
            if (method.getName().equals("createHttpServer") && args != null && args.length == 1
                    && args[0] instanceof HttpServerOptions options) {
                options.setMaxInitialLineLength(maxRequestLineBytes).setMaxHeaderSize(maxHeaderBytes);
                HttpServer server = real.createHttpServer(options);
                return proxy(server, HttpServer.class, (m, a) -> {
                    if (m.getName().equals("requestHandler") && a != null && a.length == 1 && a[0] instanceof Router router) {
                        router.errorHandler(404, GatewayVertx::notFound);
                        router.errorHandler(405, GatewayVertx::methodNotAllowed);
                        router.errorHandler(413, GatewayVertx::tooLarge);
                    }
                    return null;
                });
            }
            return null;
        });
    }

    private static void notFound(RoutingContext context) {
        answer(context, new GatewayException(ErrorKind.NOT_FOUND, "NotFound",
                "No such endpoint: " + context.request().method() + " " + context.request().path()));
    }

    private static void methodNotAllowed(RoutingContext context) {
        answer(context, new GatewayException(ErrorKind.METHOD_NOT_ALLOWED, "MethodNotAllowed",
                "Method " + context.request().method() + " is not allowed on " + context.request().path()));
    }

    private static void tooLarge(RoutingContext context) {
        answer(context, new GatewayException(ErrorKind.PAYLOAD_TOO_LARGE, "PayloadTooLarge",
                "The request body is larger than the gateway accepts (http.max-body-bytes)"));
    }

    private static void answer(RoutingContext context, GatewayException error) {
        int status = error.kind().status();
        try {
            byte[] body = Json.MAPPER.writeValueAsBytes(ErrorResponder.body(error));
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .putHeader("X-Content-Type-Options", "nosniff").end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
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
