package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.Json;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;

/**
 * Posts JSON-RPC calls to the one configured Odoo over camel-http. Every call is a fresh exchange
 * that carries only what this class sets: the client's own headers can never reach Odoo.
 */
public final class JsonRpcChannel {

    private final ProducerTemplate producer;
    private final String endpointUri;
    private final long maxResponseBytes;

    public JsonRpcChannel(ProducerTemplate producer, String odooUrl, long maxResponseBytes) {
        this.producer = producer;
        this.endpointUri = odooUrl.replaceAll("/+$", "")
                + "?throwExceptionOnFailure=false&followRedirects=false&cookieManagementDisabled=true";
        this.maxResponseBytes = maxResponseBytes;
    }

    public JsonRpcReply post(String path, JsonNode params, String sessionId) {
        ObjectNode request = Json.NODES.objectNode().put("jsonrpc", "2.0").put("method", "call");
        request.putNull("id");
        request.set("params", params);
        byte[] body = writeBytes(request);
        Exchange exchange = producer.send(endpointUri, e -> {
            Message in = e.getIn();
            in.setHeader(Exchange.HTTP_METHOD, "POST");
            in.setHeader(Exchange.HTTP_PATH, path);
            in.setHeader(Exchange.CONTENT_TYPE, "application/json");
            if (sessionId != null) {
                in.setHeader("Cookie", "session_id=" + sessionId);
            }
            in.setBody(body);
        });
        if (exchange.getException() != null) {
            throw transportFailure(exchange.getException());
        }
        Message out = exchange.getMessage();
        int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status >= 300 && status < 400) {
            String location = String.valueOf(out.getHeader("Location"));
            if (location.contains("/web/login")) {
                throw new GatewayException(ErrorKind.UNAUTHENTICATED, "odoo.http.SessionExpiredException", "Session expired");
            }
            throw badGateway("Odoo answered with a redirect (HTTP " + status + ")");
        }
        JsonNode answer = readAnswer(out, status);
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            throw OdooErrors.fromEnvelope(error);
        }
        JsonNode result = answer.has("result") ? answer.get("result") : com.fasterxml.jackson.databind.node.NullNode.getInstance();
        return new JsonRpcReply(result, sessionCookie(out.getHeader("Set-Cookie")));
    }

    private JsonNode readAnswer(Message out, int status) {
        try (InputStream in = out.getBody(InputStream.class)) {
            if (in == null) {
                throw badGateway("Odoo answered HTTP " + status + " with an empty body");
            }
            JsonNode answer = Json.MAPPER.readTree(new BoundedInputStream(in, maxResponseBytes));
            if (answer == null || !answer.isObject()) {
                throw badGateway("Odoo answered HTTP " + status + " with something that is not a JSON-RPC object");
            }
            return answer;
        } catch (BoundedInputStream.TooLargeException e) {
            throw badGateway("Odoo's answer is larger than " + maxResponseBytes + " bytes");
        } catch (IOException e) {
            throw badGateway("Odoo answered HTTP " + status + " with something that is not JSON");
        }
    }

    static String sessionCookie(Object setCookie) {
        if (setCookie == null) {
            return null;
        }
        List<?> values = setCookie instanceof List<?> list ? list : List.of(setCookie);
        for (Object value : values) {
            for (String part : String.valueOf(value).split(";")) {
                String trimmed = part.trim();
                if (trimmed.startsWith("session_id=")) {
                    return trimmed.substring("session_id=".length());
                }
            }
        }
        return null;
    }

    private static GatewayException transportFailure(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return new GatewayException(ErrorKind.GATEWAY_TIMEOUT, "GatewayTimeout", "Odoo did not answer in time");
            }
        }
        return badGateway("Odoo is unreachable: " + failure.getClass().getSimpleName());
    }

    private static GatewayException badGateway(String message) {
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
