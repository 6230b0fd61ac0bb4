package io.github.odoorestcamel.server;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Vert.x instance the embedded HTTP server is created from, with a larger request line than
 * Vert.x's 4096 bytes. camel-platform-http offers no setting for it, and with the default a long
 * {@code filter} is cut off by the server with a bare 414; with this limit the gateway sees such a
 * request and answers it with a JSON 400 that says which limit was exceeded.
 */
public final class RequestLineLimits {

    private RequestLineLimits() {
    }

    public static Vertx vertx(int maxRequestLineBytes, int maxHeaderBytes) {
        Vertx real = Vertx.vertx();
        InvocationHandler handler = (proxy, method, args) -> {
            if (isCreateServer(method, args)) {
                ((HttpServerOptions) args[0]).setMaxInitialLineLength(maxRequestLineBytes).setMaxHeaderSize(maxHeaderBytes);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Vertx) Proxy.newProxyInstance(Vertx.class.getClassLoader(), interfacesOf(real.getClass()), handler);
    }

    private static boolean isCreateServer(Method method, Object[] args) {
        return method.getName().equals("createHttpServer") && args != null && args.length == 1
                && args[0] instanceof HttpServerOptions;
    }

    private static Class<?>[] interfacesOf(Class<?> type) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (java.lang.reflect.Modifier.isPublic(i.getModifiers())) {
                    interfaces.add(i);
                }
            }
        }
        return interfaces.toArray(Class<?>[]::new);
    }
}
