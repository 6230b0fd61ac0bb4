package io.github.odoorestcamel.observe;

import java.util.concurrent.atomic.AtomicInteger;

/** What is known of one request while it runs: its id, when it began, how many calls it made to Odoo. */
public final class RequestTrace {

    private final String id;
    private final long startNanos;
    private final AtomicInteger upstreamCalls = new AtomicInteger();

    public RequestTrace(String id, long startNanos) {
        this.id = id;
        this.startNanos = startNanos;
    }

    public String id() {
        return id;
    }

    public long startNanos() {
        return startNanos;
    }

    public void upstreamCall() {
        upstreamCalls.incrementAndGet();
    }

    public int upstreamCalls() {
        return upstreamCalls.get();
    }
}
