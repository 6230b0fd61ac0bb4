package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.read.ListParams;
import io.github.odoorestcamel.read.ListRequest;
import io.github.odoorestcamel.read.ListResult;
import io.github.odoorestcamel.read.PageEnvelope;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * GET /api/{model}/, in three steps: the query, filter, order and paging are checked; the page is
 * read (one call to Odoo from 17 on); it is answered in the reference's envelope with
 * {@code X-Total-Count} and an RFC 8288 {@code Link} header.
 */
public final class ListRecords {

    private static final String REQUEST = "odoo.list";

    private final ReadService reads;
    private final ReadSettings settings;

    public ListRecords(ReadService reads, ReadSettings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    public void parse(Exchange exchange) {
        ApiRequest request = ApiRequest.of(exchange);
        ListParams params = new ListParams(request.param("query"), request.param("filter"), request.param("order"),
                request.param("page_size"), request.param("page"), request.param("limit"), request.contextParam());
        exchange.setProperty(REQUEST, ListRequest.parse(request.model(), params, settings));
    }

    public void read(Exchange exchange) {
        exchange.getMessage().setBody(reads.list(Authentication.caller(exchange), exchange.getProperty(REQUEST, ListRequest.class)));
    }

    public void respond(Exchange exchange) {
        ListResult result = exchange.getMessage().getBody(ListResult.class);
        String link = PageLinks.header(ApiRequest.of(exchange), result.page(), PageEnvelope.totalPages(result.page(), result.total()));
        Message response = JsonResponse.write(exchange, 200, result.envelope());
        response.setHeader("X-Total-Count", result.total());
        if (link != null) {
            response.setHeader("Link", link);
        }
    }
}
