package io.github.odoorestcamel.rest;

import static io.github.odoorestcamel.rest.RequestFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.odoorestcamel.read.PageRequest;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void nextAndPrevKeepTheOtherParametersButNeverTheSession() {
        ApiRequest request = request("/api/res.partner/", "query=%7Bid%7D&page_size=5&page=2&session_id=secretsecretsecret1");
        assertEquals("</api/res.partner/?query=%7Bid%7D&page_size=5&page=3>; rel=\"next\", "
                + "</api/res.partner/?query=%7Bid%7D&page_size=5&page=1>; rel=\"prev\"",
                PageLinks.header(request, PageRequest.of("5", "2", null, 100, 10_000), 8));
    }

    @Test
    void theLastPageHasNoNextAndAPageBeyondTheEndHasNoPrev() {
        ApiRequest request = request("/api/res.partner/", "page_size=5&page=8");
        assertEquals("</api/res.partner/?page_size=5&page=7>; rel=\"prev\"", PageLinks.header(request, PageRequest.of("5", "8", null, 100, 10_000), 8));
        assertNull(PageLinks.header(request("/api/res.partner/", "page_size=5&page=20"), PageRequest.of("5", "20", null, 100, 10_000), 8));
    }

    @Test
    void anUnpagedListHasNoLinks() {
        assertNull(PageLinks.header(request("/api/res.partner/", "limit=3"), PageRequest.of(null, null, "3", 100, 10_000), 1));
    }
}
