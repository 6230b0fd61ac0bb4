package io.github.odoorestcamel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which routes are served straight from the HTTP server: the REST API's GET routes under /api, at their Vert.x path. */
class DirectReadsPathTest {

    @Test
    void aReadRouteIsServedAtItsPath() {
        assertEquals(Optional.of("/api/:model"), DirectReads.readPath("rest:get:/api:/{model}?routeId=list-records"));
        assertEquals(Optional.of("/api/:model/:id/:field"), DirectReads.readPath("rest:get:/api:/{model}/{id}/{field}"));
        assertEquals(Optional.of("/api/:model/:id"), DirectReads.readPath("rest:get:/api:{model}/{id}"));
    }

    @Test
    void noOtherRouteIs() {
        assertEquals(Optional.empty(), DirectReads.readPath("rest:post:/api:/{model}"));
        assertEquals(Optional.empty(), DirectReads.readPath("rest:get:/object:/{model}/{method}"));
        assertEquals(Optional.empty(), DirectReads.readPath("rest:get:/health"));
        assertEquals(Optional.empty(), DirectReads.readPath("direct:get-record"));
        assertEquals(Optional.empty(), DirectReads.readPath(null));
    }
}
