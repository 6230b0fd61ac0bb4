package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {

    @Test
    void pageSizeAndPageGiveOffsetAndLimitTrims() {
        PageRequest page = PageRequest.of("5", "3", null, 1000, 10_000);
        assertEquals(10, page.offset());
        assertEquals(5, page.rowsToRead(10_000));
        assertEquals(3, PageRequest.of("5", "3", "3", 1000, 10_000).rowsToRead(10_000));
        assertEquals(10_000, PageRequest.of(null, null, null, 1000, 10_000).rowsToRead(10_000));
        assertEquals(7, PageRequest.of(null, "4", "7", 1000, 10_000).rowsToRead(10_000));
        assertEquals(0, PageRequest.of(null, "4", null, 1000, 10_000).offset(), "page means nothing without page_size");
    }

    @ParameterizedTest
    @CsvSource(value = {"0,1,", "-5,1,", "5,0,", "5,-1,", ",,0", ",,-1", "1001,1,", "abc,1,", "5,1.5,", "99999999999,1,",
        "1000,2147485,", "5,,1e3"})
    void badPagingIsRefused(String size, String page, String limit) {
        GatewayException error = assertThrows(GatewayException.class, () -> PageRequest.of(size, page, limit, 1000, 10_000));
        assertEquals(400, HttpStatuses.of(error.kind()));
    }

    @Test
    void aLimitAboveTheMostRowsOfAListIsRefusedNamingTheMaximum() {
        GatewayException error = assertThrows(GatewayException.class, () -> PageRequest.of(null, null, "100000", 1000, 10_000));
        assertEquals("limit must be at most 10000, got 100000", error.getMessage());
        assertEquals(10_000, PageRequest.of(null, null, "10000", 1000, 10_000).rowsToRead(10_000));
    }

    @Test
    void onlyAnUnboundedListBeyondTheMostRowsIsIncomplete() {
        GatewayException error = assertThrows(GatewayException.class,
                () -> PageRequest.of(null, null, null, 1000, 10_000).checkComplete(200_002, 10_000));
        assertEquals(400, HttpStatuses.of(error.kind()));
        assertTrue(error.getMessage().startsWith("200002 records match, more than a list returns at once (10000)"), error.getMessage());
        assertDoesNotThrow(() -> PageRequest.of(null, null, null, 1000, 10_000).checkComplete(10_000, 10_000));
        assertDoesNotThrow(() -> PageRequest.of(null, null, "10", 1000, 10_000).checkComplete(200_002, 10_000));
        assertDoesNotThrow(() -> PageRequest.of("50", "3", null, 1000, 10_000).checkComplete(200_002, 10_000));
    }

    @Test
    void envelopeMatchesTheReference() {
        ArrayNode five = Json.NODES.arrayNode().add(1).add(2).add(3).add(4).add(5);
        assertEquals("{\"count\":5,\"prev\":1,\"current\":2,\"next\":3,\"total_pages\":8,\"result\":[1,2,3,4,5]}",
                PageEnvelope.of(PageRequest.of("5", "2", null, 1000, 10_000), 36, five).toString());
        assertEquals("{\"count\":0,\"prev\":null,\"current\":99,\"next\":null,\"total_pages\":8,\"result\":[]}",
                PageEnvelope.of(PageRequest.of("5", "99", null, 1000, 10_000), 36, Json.NODES.arrayNode()).toString());
        assertEquals("{\"count\":5,\"prev\":null,\"current\":1,\"next\":null,\"total_pages\":1,\"result\":[1,2,3,4,5]}",
                PageEnvelope.of(PageRequest.of(null, null, "5", 1000, 10_000), 36, five).toString());
        assertEquals("{\"count\":0,\"prev\":null,\"current\":1,\"next\":null,\"total_pages\":0,\"result\":[]}",
                PageEnvelope.of(PageRequest.of("5", null, null, 1000, 10_000), 0, Json.NODES.arrayNode()).toString());
        assertEquals(8, PageEnvelope.of(PageRequest.of("5", "8", null, 1000, 10_000), 36, five).get("prev").asInt() + 1);
    }
}
