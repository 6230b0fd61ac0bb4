package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.read.ReadService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.Exchange;

/**
 * GET /api/{model}/{id}/{field}/: a binary field as its bytes with a detected Content-Type, or as
 * base64 text with {@code ?encoding=base64}. Served sandboxed so an SVG or HTML upload cannot run
 * script in the gateway's origin.
 */
public final class GetField {

    private static final String REQUEST = "odoo.field";

    private record Request(String model, int id, String field, boolean base64) {
    }

    private final ReadService reads;

    public GetField(ReadService reads) {
        this.reads = reads;
    }

    public void parse(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        String model = request.model();
        int id = request.recordId();
        String field = request.name("field", "field");
        String encoding = request.param("encoding");
        if (encoding != null && !"base64".equals(encoding)) {
            throw GatewayException.badRequest("encoding must be 'base64' or absent");
        }
        exchange.setProperty(REQUEST, new Request(model, id, field, encoding != null));
    }

    public void read(Exchange exchange) {
        Request request = exchange.getProperty(REQUEST, Request.class);
        String base64 = reads.binary(Authentication.caller(exchange), request.model(), request.id(), request.field());
        if (request.base64()) {
            JsonResponse.writeBytes(exchange, 200, "text/plain; charset=utf-8", base64.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(ErrorKind.UNREACHABLE, "BadGateway", "Odoo sent a binary value that is not base64");
        }
        JsonResponse.writeBytes(exchange, 200, ContentTypes.sniff(bytes), bytes)
                .setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    }
}
