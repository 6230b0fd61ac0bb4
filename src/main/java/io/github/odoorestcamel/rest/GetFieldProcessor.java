package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.read.ReadService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * GET /api/{model}/{id}/{field}/ — a binary field as its bytes with a detected Content-Type, or as
 * base64 text with {@code ?encoding=base64}. Served sandboxed so an SVG or HTML upload cannot run
 * script in the gateway's origin.
 */
public final class GetFieldProcessor implements Processor {

    private static final Pattern FIELD = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");

    private final ReadService reads;
    private final CallerResolver callers;

    public GetFieldProcessor(ReadService reads, CallerResolver callers) {
        this.reads = reads;
        this.callers = callers;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        String model = request.model();
        int id = request.recordId();
        String field = request.segment(3);
        if (field == null || !FIELD.matcher(field).matches()) {
            throw GatewayException.badRequest("Invalid field name");
        }
        String encoding = request.param("encoding");
        if (encoding != null && !"base64".equals(encoding)) {
            throw GatewayException.badRequest("encoding must be 'base64' or absent");
        }
        String base64 = reads.binary(callers.resolve(credentials), model, id, field);
        if (encoding != null) {
            JsonResponse.writeBytes(exchange, 200, "text/plain; charset=utf-8", base64.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(ErrorKind.BAD_GATEWAY, "BadGateway",
                    "Odoo sent a binary value that is not base64");
        }
        JsonResponse.writeBytes(exchange, 200, ContentTypes.sniff(bytes), bytes)
                .setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    }
}
