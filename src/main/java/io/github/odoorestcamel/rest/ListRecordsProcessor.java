package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.read.ListParams;
import io.github.odoorestcamel.read.ListRequest;
import io.github.odoorestcamel.read.ListResult;
import io.github.odoorestcamel.read.PageEnvelope;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** GET /api/{model}/ — the paged list, with {@code X-Total-Count} and an RFC 8288 {@code Link} header. */
public final class ListRecordsProcessor implements Processor {

    private final ReadService reads;
    private final CallerResolver callers;
    private final ReadSettings settings;

    public ListRecordsProcessor(ReadService reads, CallerResolver callers, ReadSettings settings) {
        this.reads = reads;
        this.callers = callers;
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) {
        ApiRequest request = new ApiRequest(exchange);
        Credentials credentials = callers.credentials(request);
        ListParams params = new ListParams(request.param("query"), request.param("filter"), request.param("order"),
                request.param("page_size"), request.param("page"), request.param("limit"), request.contextParam());
        ListRequest list = ListRequest.parse(request.model(), params, settings);
        ListResult result = reads.list(callers.resolve(credentials), list);
        String link = PageLinks.header(request, result.page(), PageEnvelope.totalPages(result.page(), result.total()));
        Message response = JsonResponse.write(exchange, 200, result.envelope());
        response.setHeader("X-Total-Count", result.total());
        if (link != null) {
            response.setHeader("Link", link);
        }
    }
}
