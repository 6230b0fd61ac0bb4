package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list never answers fewer rows than it promises while saying it is complete: beyond
 * {@code odoo.rest.max-rows} (here 5) a list without paging, and a {@code limit} above it, are a
 * JSON 400 that says what to do; paged and limited lists within it answer as before.
 */
class CompleteListsTest {

    private static final RunningGateway GATEWAY = RunningGateway.withSettings("max-rows-5", 17, Map.of("odoo.rest.max-rows", "5"));

    @Test
    void aListBeyondTheMostRowsIsRefusedRatherThanCut() {
        String session = GATEWAY.login("admin");
        Reply all = GATEWAY.getAs(session, "/api/res.partner/?query=" + q("{id}"));
        assertEquals(400, all.status(), all.body());
        String message = all.errorMessage();
        assertTrue(message.contains("more than a list returns at once (5)") && message.contains("page_size"), message);

        Reply limit = GATEWAY.getAs(session, "/api/res.partner/?query=" + q("{id}") + "&limit=6");
        assertEquals(400, limit.status(), limit.body());
        assertEquals("limit must be at most 5, got 6", limit.errorMessage());
    }

    @Test
    void pagedLimitedAndSmallListsAnswerAsBefore() {
        String session = GATEWAY.login("admin");
        Reply limited = GATEWAY.getAs(session, "/api/res.partner/?query=" + q("{id}") + "&limit=5");
        assertEquals(200, limited.status(), limited.body());
        assertEquals(5, limited.json().path("count").asInt());

        Reply paged = GATEWAY.getAs(session, "/api/res.partner/?query=" + q("{id}") + "&page_size=5&page=2");
        assertEquals(200, paged.status(), paged.body());
        assertEquals(5, paged.json().path("count").asInt());
        assertTrue(paged.json().path("total_pages").asInt() > 1, paged.body());

        Reply small = GATEWAY.getAs(session, "/api/res.partner/?query=" + q("{id}") + "&filter=" + q("[[\"id\", \"<=\", 3]]"));
        assertEquals(200, small.status(), small.body());
        assertEquals(small.json().path("count").asText(), small.header("X-Total-Count"), small.body());
    }
}
