package io.github.odoorestcamel.observe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;

/**
 * Hands a request's trace from the HTTP server, which sees the request arrive and its answer
 * leave, to the worker thread that runs its route and calls Odoo. Requests are known by their
 * server request object (its identity), since two concurrent requests may carry the same
 * client-chosen id. While a route runs, its thread has the trace at hand and the request id in
 * the logging context (MDC key {@value #MDC_KEY}).
 */
public final class RequestTraces {

    public static final String MDC_KEY = "requestId";

    private final Map<Object, RequestTrace> open = new ConcurrentHashMap<>();
    private final ThreadLocal<RequestTrace> current = new ThreadLocal<>();

    public void opened(Object request, RequestTrace trace) {
        open.put(request, trace);
    }

    public void closed(Object request) {
        open.remove(request);
    }

    /** Binds the request's trace to this thread; false when the request is not known. */
    public boolean enter(Object request) {
        RequestTrace trace = request == null ? null : open.get(request);
        if (trace == null) {
            return false;
        }
        current.set(trace);
        MDC.put(MDC_KEY, trace.id());
        return true;
    }

    public void leave() {
        current.remove();
        MDC.remove(MDC_KEY);
    }

    /** The trace of the request this thread works for, or null outside a request. */
    public RequestTrace current() {
        return current.get();
    }
}
