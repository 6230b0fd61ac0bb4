package io.github.odoorestcamel.stream;

import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.CredentialSource;
import io.github.odoorestcamel.component.odoo.Watermark;
import io.github.odoorestcamel.error.ErrorBody;
import io.github.odoorestcamel.error.FatalErrors;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.ListParams;
import io.github.odoorestcamel.read.ListRequest;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.rest.ApiRequest;
import io.github.odoorestcamel.rest.QueryString;
import io.github.odoorestcamel.server.JsonErrors;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/{model}/changes}: the model's changes as Server-Sent Events, read as the caller.
 * It stands in front of the Camel routes, whose {@code /api/{model}/{id}} would take the path and
 * which answer a request once rather than stream. Everything that can refuse the request — the
 * number of streams, the credentials, {@code query}, {@code filter} and the resume position — is
 * checked before the first byte, so a refusal is the gateway's usual JSON error.
 */
public final class ChangeStreamEndpoint implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamEndpoint.class);
    private static final Pattern PATH = Pattern.compile("^/api/([^/]+)/changes/?$");

    private final Vertx vertx;
    private final CallerResolver callers;
    private final ReadService reads;
    private final ReadSettings settings;
    private final ChangeStreams streams;
    private final int maxQueryStringBytes;

    public ChangeStreamEndpoint(Vertx vertx, CallerResolver callers, ReadService reads, ReadSettings settings, ChangeStreams streams,
                                int maxQueryStringBytes) {
        this.vertx = vertx;
        this.callers = callers;
        this.reads = reads;
        this.settings = settings;
        this.streams = streams;
        this.maxQueryStringBytes = maxQueryStringBytes;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        // every request of the API port passes here: most leave on a string test, without a match
        String target = request.path();
        Matcher path = request.method() == HttpMethod.GET && (target.endsWith("/changes") || target.endsWith("/changes/"))
                ? PATH.matcher(target) : null;
        if (path == null || !path.matches()) {
            context.next();
            return;
        }
        // the caller is resolved and the catch-up read from Odoo, which blocks: not on the event loop
        vertx.executeBlocking(() -> {
            stream(request, path.group(1));
            return null;
        }, false);
    }

    private void stream(HttpServerRequest request, String model) {
        HttpServerResponse response = request.response();
        boolean reserved = false;
        try {
            Opening opening = check(request, model);
            Caller caller = callers.resolve(callers.credentials(opening.source()));
            reads.check(caller, model, opening.list().query(), opening.list().domain());
            streams.reserve();
            reserved = true;
            Watermark from = opening.since() != null ? opening.since() : Watermark.at(Instant.now());
            response.setStatusCode(200).setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8")
                    .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
            response.write(SseFrame.comment("changes of " + model));
            StreamKey key = StreamKey.of(caller, model, opening.list().query(), opening.list().domain(), opening.list().context());
            ChangeStream stream = streams.open(key, caller, from, new ResponseSink(response));
            // the stream holds the place now: closing it gives it back, once
            reserved = false;
            try {
                response.closeHandler(ignored -> streams.close(stream));
            } catch (IllegalStateException ended) {
                // the stream ended while it opened (its session ended, the gateway stops)
                streams.close(stream);
                return;
            }
            // the client may have gone while the stream opened, before its close handler was set
            if (response.closed()) {
                streams.close(stream);
            }
        } catch (RuntimeException | Error e) {
            FatalErrors.haltIfFatal(e);
            if (reserved) {
                streams.release();
            }
            refuse(request, e);
        }
    }

    /** The request's own parts, checked before anything costs an Odoo call. */
    private record Opening(Source source, ListRequest list, Watermark since) {
    }

    private Opening check(HttpServerRequest request, String model) {
        String raw = request.query();
        if (raw != null && raw.length() > maxQueryStringBytes) {
            throw GatewayException.badRequest("The query string is " + raw.length() + " bytes long, the limit is " + maxQueryStringBytes);
        }
        if (!ApiRequest.isModelName(model)) {
            throw GatewayException.badRequest("Invalid model name; expected something like 'res.partner'");
        }
        Source source = new Source(request, QueryString.parse(raw));
        ListRequest list = ListRequest.parse(model, new ListParams(source.param("query"), source.param("filter"), null, null, null, null,
                null), settings);
        return new Opening(source, list, since(source));
    }

    /** Where to resume: the id of the last event received ({@code Last-Event-ID}), or {@code since}; null: from now. */
    private static Watermark since(Source source) {
        String header = source.header("Last-Event-ID");
        String position = header != null && !header.isBlank() ? header : source.param("since");
        if (position == null || position.isBlank()) {
            return null;
        }
        try {
            return Watermark.parse(position);
        } catch (IllegalArgumentException e) {
            throw GatewayException.badRequest("Last-Event-ID or since must be an event's id (2026-11-27 19:40:38,1043) or a UTC time");
        }
    }

    /**
     * The JSON error as the answer; once the stream has begun (a resume failed to catch up), as an
     * {@code error} event without id, and the answer ended: the client resumes from its last event.
     */
    private static void refuse(HttpServerRequest request, Throwable failure) {
        HttpServerResponse response = request.response();
        GatewayException error = failure instanceof GatewayException known ? known : unexpected(failure);
        if (response.headWritten()) {
            LOG.warn("A change stream failed while it caught up: {}: {}", error.name(), error.getMessage());
            if (!response.ended()) {
                response.end(SseFrame.error(ErrorBody.of(error).toString()));
            }
            return;
        }
        JsonErrors.send(request, error);
    }

    private static GatewayException unexpected(Throwable failure) {
        LOG.error("Unexpected failure opening a change stream: {}", failure.getClass().getName(), failure);
        return GatewayException.internal();
    }

    /** The request's headers and query parameters, where the credentials are read. */
    private record Source(HttpServerRequest request, QueryString query) implements CredentialSource {
        @Override
        public String header(String name) {
            return request.getHeader(name);
        }

        @Override
        public String param(String name) {
            return query.get(name);
        }
    }
}
