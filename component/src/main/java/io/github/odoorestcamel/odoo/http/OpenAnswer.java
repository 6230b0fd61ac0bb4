package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import io.github.odoorestcamel.json.PushbackBytes;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.io.CloseMode;

/**
 * An answer of Odoo whose head is in and whose body is still to be read, holding its pooled
 * connection until it is closed. {@link #release()} after the body was read gives the connection
 * back to the pool; {@link #close()} before that drops it, so a half-read answer is never reused
 * and never read to its end. Both may be called from any thread, and only the first counts.
 */
public final class OpenAnswer implements AutoCloseable {

    private final CloseableHttpResponse response;
    private final PushbackBytes body;
    private final Object setCookie;
    private final String location;
    private final long maxResponseBytes;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenAnswer(CloseableHttpResponse response, InputStream body, Object setCookie, String location, long maxResponseBytes) {
        this.response = response;
        this.body = new PushbackBytes(body);
        this.setCookie = setCookie;
        this.location = location;
        this.maxResponseBytes = maxResponseBytes;
    }

    public int status() {
        return response.getCode();
    }

    public String location() {
        return location;
    }

    public Object setCookie() {
        return setCookie;
    }

    /** The body, for a reader that takes turns with {@link #parser()}. */
    PushbackBytes input() {
        return body;
    }

    /** A parser of the body, as it arrives, that leaves the connection to this answer. */
    public JsonParser parser() {
        try {
            return Json.MAPPER.getFactory().createParser(body).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The whole body read as one JSON value, as a call that is not streamed reads it; null for a redirect. */
    public OdooHttp.Answer whole() {
        try {
            JsonNode json = status() >= 300 && status() < 400 ? null : OdooHttp.readJson(body, status());
            release();
            return new OdooHttp.Answer(status(), json, setCookie, location);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** What a failure while reading this answer means to the client, as for a call that is not streamed. */
    public GatewayException failure(IOException e) {
        close();
        return OdooHttp.readFailure(e, status(), maxResponseBytes);
    }

    /** The body was read: what follows it is read too (within the size limit) and the connection goes back to the pool. */
    public void release() throws IOException {
        if (closed.compareAndSet(false, true)) {
            try {
                body.transferTo(OutputStream.nullOutputStream());
                response.close(CloseMode.GRACEFUL);
            } catch (IOException | RuntimeException e) {
                response.close(CloseMode.IMMEDIATE);
                throw e;
            }
        }
    }

    /** Drops the connection, unless the answer was released already. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            response.close(CloseMode.IMMEDIATE);
        }
    }
}
