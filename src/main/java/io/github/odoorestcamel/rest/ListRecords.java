package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.read.ListParams;
import io.github.odoorestcamel.read.ListRequest;
import io.github.odoorestcamel.read.ListResult;
import io.github.odoorestcamel.read.PageBody;
import io.github.odoorestcamel.read.PageEnvelope;
import io.github.odoorestcamel.read.PageRequest;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.read.StreamedList;
import io.vertx.core.http.HttpServerResponse;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * GET /api/{model}/, in three steps: the query, filter, order and paging are checked; the page is
 * read (one call to Odoo from 17 on); it is answered in the reference's envelope with
 * {@code X-Total-Count} and an RFC 8288 {@code Link} header. A page of flat fields is shaped
 * without a tree, and one over {@code streamAboveBytes} is answered while Odoo's answer arrives.
 */
public final class ListRecords {

    private static final String REQUEST = "odoo.list";

    private final ReadService reads;
    private final ReadSettings settings;
    /** How much of a list of flat fields is written, without a tree, before it is sent as it arrives; 0: read every list whole. */
    private final int streamAboveBytes;

    public ListRecords(ReadService reads, ReadSettings settings, int streamAboveBytes) {
        this.reads = reads;
        this.settings = settings;
        this.streamAboveBytes = streamAboveBytes;
    }

    public void parse(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        ListParams params = new ListParams(request.param("query"), request.param("filter"), request.param("order"),
                request.param("page_size"), request.param("page"), request.param("limit"), request.contextParam());
        exchange.setProperty(REQUEST, ListRequest.parse(request.model(), params, settings));
    }

    /** A list of flat fields is written as Odoo's answer arrives where it can be; any other is read whole and shaped. */
    public void read(Exchange exchange) {
        Caller caller = Authentication.caller(exchange);
        ListRequest request = exchange.getProperty(REQUEST, ListRequest.class);
        Optional<StreamedList> streamed = streamAboveBytes > 0 ? reads.stream(caller, request, streamAboveBytes) : Optional.empty();
        exchange.getMessage().setBody(streamed.isPresent() ? streamed.get() : reads.list(caller, request));
    }

    public void respond(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof StreamedList streamed) {
            respond(exchange, streamed);
            return;
        }
        ListResult result = (ListResult) body;
        String link = link(exchange, result.page(), result.total());
        headers(JsonResponse.write(exchange, 200, result.envelope()), result.total(), link);
    }

    private static void respond(Exchange exchange, StreamedList streamed) {
        String link = link(exchange, streamed.page(), streamed.total());
        if (streamed.whole() != null) {
            headers(JsonResponse.writeBytes(exchange, 200, "application/json", streamed.whole()), streamed.total(), link);
            return;
        }
        PageBody body = streamed.body();
        // Odoo's connection is dropped however the answer ends, unless it was read to its end
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                body.close();
            }
        });
        if (exchange.getIn() instanceof HttpMessage http) {
            HttpServerResponse response = http.getResponse();
            body.stopWhen(response::closed);
        }
        headers(JsonResponse.writeStream(exchange, 200, "application/json", body), streamed.total(), link);
    }

    /** From the request's own path and parameters, read before the answer's headers replace them. */
    private static String link(Exchange exchange, PageRequest page, long total) {
        return PageLinks.header(ApiRequest.of(exchange), page, PageEnvelope.totalPages(page, total));
    }

    private static void headers(Message response, long total, String link) {
        response.setHeader("X-Total-Count", total);
        if (link != null) {
            response.setHeader("Link", link);
        }
    }
}
