package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.read.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * The RFC 8288 {@code Link} header of a paged list: relative references to the next and previous
 * pages, built from the request's own path and parameters (never from the Host header), without
 * any {@code session_id}.
 */
final class PageLinks {

    private PageLinks() {
    }

    static String header(ApiRequest request, PageRequest page, long totalPages) {
        if (!page.paged()) {
            return null;
        }
        String path = request.exchange().getMessage().getHeader(Exchange.HTTP_PATH, "", String.class);
        String raw = request.exchange().getMessage().getHeader(Exchange.HTTP_QUERY, "", String.class);
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("page=") && !pair.startsWith("session_id=")) {
                kept.add(pair);
            }
        }
        String base = path + "?" + (kept.isEmpty() ? "" : String.join("&", kept) + "&") + "page=";
        List<String> links = new ArrayList<>();
        if (page.page() + 1 <= totalPages) {
            links.add("<" + base + (page.page() + 1) + ">; rel=\"next\"");
        }
        if (page.page() - 1 >= 1 && page.page() - 1 <= totalPages) {
            links.add("<" + base + (page.page() - 1) + ">; rel=\"prev\"");
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }
}
