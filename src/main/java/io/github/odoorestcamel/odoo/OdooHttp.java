package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;

/**
 * POSTs JSON to the one configured Odoo over camel-http, on pooled keep-alive connections. Every
 * call is a fresh exchange that carries only the headers given here: the client's own headers can
 * never reach Odoo. Transport failures become 502/504; an answer that is not JSON is a 502.
 */
public final class OdooHttp {

    /** Odoo's answer: its status, its JSON body (null for a redirect), and the headers the gateway reads. */
    public record Answer(int status, JsonNode body, Object setCookie, String location) {
    }

    private static final String CONNECTION_LOST = "ConnectionLost";

    private final ProducerTemplate producer;
    private final String endpointUri;
    private volatile Endpoint endpoint;
    private final long maxResponseBytes;

    public OdooHttp(ProducerTemplate producer, String odooUrl, long maxResponseBytes) {
        this.producer = producer;
        this.endpointUri = odooUrl.replaceAll("/+$", "")
                + "?httpMethod=POST&throwExceptionOnFailure=false&followRedirects=false&cookieManagementDisabled=true";
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * POSTs the body; when {@code repeatable} (a read) and the connection dies before an answer,
     * the call is sent once more. Other calls are never repeated: Odoo may have carried them out.
     */
    public Answer post(String path, JsonNode body, Map<String, String> headers, boolean repeatable) {
        byte[] bytes = writeBytes(body);
        try {
            return send(path, bytes, headers);
        } catch (GatewayException e) {
            if (repeatable && e.kind() == ErrorKind.BAD_GATEWAY && CONNECTION_LOST.equals(e.name())) {
                return send(path, bytes, headers);
            }
            throw e;
        }
    }

    private Answer send(String path, byte[] bytes, Map<String, String> headers) {
        // the method is set on the endpoint: an HTTP_METHOD header would be converted to an enum on every call
        Exchange exchange = producer.send(endpoint(), e -> {
            Message in = e.getIn();
            in.setHeader(Exchange.HTTP_PATH, path);
            in.setHeader(Exchange.CONTENT_TYPE, "application/json");
            headers.forEach(in::setHeader);
            in.setBody(bytes);
        });
        if (exchange.getException() != null) {
            throw transportFailure(exchange.getException());
        }
        Message out = exchange.getMessage();
        int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String location = out.getHeader("Location", String.class);
        if (status >= 300 && status < 400) {
            closeQuietly(out);
            return new Answer(status, null, null, location);
        }
        return new Answer(status, readJson(out, status), out.getHeader("Set-Cookie"), location);
    }

    /** Resolved on first use, once the http component has its settings (timeouts, pool). */
    private Endpoint endpoint() {
        Endpoint resolved = endpoint;
        if (resolved == null) {
            resolved = producer.getCamelContext().getEndpoint(endpointUri);
            endpoint = resolved;
        }
        return resolved;
    }

    private JsonNode readJson(Message out, int status) {
        try (InputStream in = out.getBody(InputStream.class)) {
            if (in == null) {
                throw badGateway("Odoo answered HTTP " + status + " with an empty body");
            }
            JsonNode answer = Json.MAPPER.readTree(new BoundedInputStream(in, maxResponseBytes));
            if (answer == null || answer.isMissingNode()) {
                throw badGateway("Odoo answered HTTP " + status + " with an empty body");
            }
            return answer;
        } catch (BoundedInputStream.TooLargeException e) {
            throw badGateway("Odoo's answer is larger than " + maxResponseBytes + " bytes");
        } catch (ConnectionClosedException e) {
            throw new GatewayException(ErrorKind.BAD_GATEWAY, CONNECTION_LOST, "The connection to Odoo was lost while it answered");
        } catch (IOException e) {
            throw badGateway("Odoo answered HTTP " + status + " with something that is not JSON");
        }
    }

    /** The body stream holds the pooled connection until it is read or closed. */
    private static void closeQuietly(Message out) {
        try (InputStream ignored = out.getBody(InputStream.class)) {
            // closing releases the connection
        } catch (IOException e) {
            // nothing to release
        }
    }

    private static GatewayException transportFailure(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return new GatewayException(ErrorKind.GATEWAY_TIMEOUT, "GatewayTimeout", "Odoo did not answer in time");
            }
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException || t instanceof UnknownHostException) {
                return badGateway("Odoo is unreachable: " + t.getClass().getSimpleName());
            }
        }
        return new GatewayException(ErrorKind.BAD_GATEWAY, CONNECTION_LOST,
                "The connection to Odoo was lost before it answered (" + failure.getClass().getSimpleName() + ")");
    }

    static GatewayException badGateway(String message) {
        return new GatewayException(ErrorKind.BAD_GATEWAY, "BadGateway", message);
    }

    private static byte[] writeBytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
