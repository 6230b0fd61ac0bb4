package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * POSTs JSON to the one configured Odoo on pooled keep-alive connections. A request carries only
 * the path and the headers given here: neither the client's headers nor any option of this
 * client reach Odoo. The answer is streamed and parsed as it arrives; reading stops and the
 * connection is dropped as soon as it passes the size limit. Transport failures become 502/504;
 * an answer that is not JSON is a 502.
 */
public final class OdooHttp implements AutoCloseable {

    /** Odoo's answer: its status, its JSON body (null for a redirect), and the headers the gateway reads. */
    public record Answer(int status, JsonNode body, Object setCookie, String location) {
    }

    private static final String CONNECTION_LOST = "ConnectionLost";
    private static final ContentType JSON = ContentType.create("application/json");
    /** The answer stream belongs to the pooled connection: the parser must not close it (closing drains it). */
    private static final ObjectReader READER = Json.MAPPER.reader().without(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final HttpHost odoo;
    private final String basePath;
    private final long maxResponseBytes;
    private final CloseableHttpClient reads;
    private final CloseableHttpClient writes;
    private final ReadyConnections ready;
    private final OdooCallListener listener;

    public OdooHttp(OdooHttpSettings settings) {
        this(settings, OdooCallListener.NONE);
    }

    public OdooHttp(OdooHttpSettings settings, OdooCallListener listener) {
        this.listener = listener;
        URI url = URI.create(settings.url().strip());
        this.odoo = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
        this.basePath = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        this.maxResponseBytes = settings.maxResponseBytes();
        this.ready = new ReadyConnections(odoo, settings.readyConnections(), TimeValue.of(settings.readyMaxIdle()),
                Timeout.of(settings.connectTimeout()));
        this.reads = OdooConnectionPool.client(settings, false, ready);
        this.writes = OdooConnectionPool.client(settings, true, ready);
    }

    /** How many connections to Odoo are open and ready for the next calls. */
    int readyConnections() {
        return ready.readyCount();
    }

    /**
     * POSTs the body; when {@code repeatable} (a read) and the connection dies before an answer,
     * the call is sent once more. Other calls are never repeated: Odoo may have carried them out,
     * so they only go out on a connection checked just before.
     */
    public Answer post(String path, JsonNode body, Map<String, String> headers, boolean repeatable) {
        byte[] bytes = writeBytes(body);
        if (!repeatable) {
            return send(writes, path, bytes, headers);
        }
        try {
            return send(reads, path, bytes, headers);
        } catch (GatewayException e) {
            if (connectionLost(e)) {
                return send(reads, path, bytes, headers);
            }
            throw e;
        }
    }

    /** Whether the connection died before Odoo's whole answer came, so a read may be sent once more. */
    public static boolean connectionLost(GatewayException e) {
        return e.kind() == ErrorKind.UNREACHABLE && CONNECTION_LOST.equals(e.name());
    }

    /**
     * POSTs a read and hands its answer on unread, to be read as it arrives. It is not sent again
     * here: the caller, who reads the answer, knows until when that is still possible
     * ({@link #connectionLost}). The caller must close the answer.
     */
    public OpenAnswer open(String path, JsonNode body, Map<String, String> headers) {
        byte[] bytes = writeBytes(body);
        long started = System.nanoTime();
        CloseableHttpResponse response = execute(reads, path, bytes, headers, started);
        // counted once the head is in, on the thread that asked: the body may be read on another one
        listener.called(path, bytes, String.valueOf(response.getCode()), Duration.ofNanos(System.nanoTime() - started));
        try {
            HttpEntity entity = response.getEntity();
            BoundedInputStream in = new BoundedInputStream(entity == null ? InputStream.nullInputStream() : entity.getContent(),
                    maxResponseBytes);
            Header location = response.getFirstHeader("Location");
            return new OpenAnswer(response, in, setCookies(response), location == null ? null : location.getValue(), maxResponseBytes);
        } catch (IOException | RuntimeException e) {
            response.close(CloseMode.IMMEDIATE);
            throw e instanceof IOException io ? readFailure(io, response.getCode(), maxResponseBytes) : (RuntimeException) e;
        }
    }

    private CloseableHttpResponse execute(CloseableHttpClient client, String path, byte[] bytes, Map<String, String> headers,
                                          long started) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("POST", odoo, basePath + path);
        headers.forEach(request::addHeader);
        request.setEntity(new ByteArrayEntity(bytes, JSON));
        try {
            return CloseableHttpResponse.adapt(client.executeOpen(odoo, request, null));
        } catch (IOException e) {
            listener.called(path, bytes, "failed", Duration.ofNanos(System.nanoTime() - started));
            throw transportFailure(e);
        }
    }

    private Answer send(CloseableHttpClient client, String path, byte[] bytes, Map<String, String> headers) {
        long started = System.nanoTime();
        CloseableHttpResponse response = execute(client, path, bytes, headers, started);
        CloseMode close = CloseMode.IMMEDIATE;
        try {
            Answer answer = read(response);
            close = CloseMode.GRACEFUL;
            return answer;
        } finally {
            // GRACEFUL returns a fully read connection to the pool; IMMEDIATE drops it unread
            response.close(close);
            listener.called(path, bytes, String.valueOf(response.getCode()), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Answer read(ClassicHttpResponse response) {
        int status = response.getCode();
        Header location = response.getFirstHeader("Location");
        HttpEntity entity = response.getEntity();
        try {
            // not closed here: closing the answer stream would read it to its end, however long
            BoundedInputStream in = new BoundedInputStream(entity == null ? InputStream.nullInputStream() : entity.getContent(),
                    maxResponseBytes);
            JsonNode body = status >= 300 && status < 400 ? null : readJson(in, status);
            // what follows the JSON value is read too (within the limit), so the connection can be reused
            in.transferTo(OutputStream.nullOutputStream());
            return new Answer(status, body, setCookies(response), location == null ? null : location.getValue());
        } catch (IOException e) {
            throw readFailure(e, status, maxResponseBytes);
        }
    }

    /** What a failure while reading Odoo's answer means to the client. */
    static GatewayException readFailure(IOException failure, int status, long maxResponseBytes) {
        if (failure instanceof BoundedInputStream.TooLargeException) {
            return badGateway("Odoo's answer is larger than " + maxResponseBytes + " bytes");
        }
        if (failure instanceof ConnectionClosedException) {
            return new GatewayException(ErrorKind.UNREACHABLE, CONNECTION_LOST, "The connection to Odoo was lost while it answered");
        }
        if (failure instanceof SocketTimeoutException) {
            return new GatewayException(ErrorKind.TIMEOUT, "GatewayTimeout", "Odoo did not answer in time");
        }
        return badGateway("Odoo answered HTTP " + status + " with something that is not JSON");
    }

    static JsonNode readJson(InputStream in, int status) throws IOException {
        JsonNode answer = READER.readTree(in);
        if (answer == null || answer.isMissingNode()) {
            throw badGateway("Odoo answered HTTP " + status + " with an empty body");
        }
        return answer;
    }

    static List<String> setCookies(ClassicHttpResponse response) {
        Header[] headers = response.getHeaders("Set-Cookie");
        if (headers.length == 0) {
            return null;
        }
        List<String> values = new ArrayList<>(headers.length);
        for (Header header : headers) {
            values.add(header.getValue());
        }
        return values;
    }

    /**
     * "Could not connect" (502) is told from "connected, no answer in time" (504): a connect
     * timeout is itself a {@link SocketTimeoutException}, so it is recognised first.
     */
    static GatewayException transportFailure(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException || t instanceof ConnectException || t instanceof UnknownHostException) {
                return badGateway("Odoo is unreachable: " + t.getClass().getSimpleName());
            }
            if (t instanceof ConnectionRequestTimeoutException) {
                return new GatewayException(ErrorKind.TIMEOUT, "GatewayTimeout",
                        "No connection to Odoo was free in time (odoo.http.max-connections)");
            }
            if (t instanceof SocketTimeoutException) {
                return new GatewayException(ErrorKind.TIMEOUT, "GatewayTimeout", "Odoo did not answer in time");
            }
        }
        return new GatewayException(ErrorKind.UNREACHABLE, CONNECTION_LOST,
                "The connection to Odoo was lost before it answered (" + failure.getClass().getSimpleName() + ")");
    }

    public static GatewayException badGateway(String message) {
        return new GatewayException(ErrorKind.UNREACHABLE, "BadGateway", message);
    }

    private static byte[] writeBytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        reads.close(CloseMode.GRACEFUL);
        writes.close(CloseMode.GRACEFUL);
        ready.close();
    }
}
