package io.github.odoorestcamel.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;

/** How the access log and the request metrics name a request's duration and route. */
class AccessLogFiguresTest {

    @Test
    void durationsAreMillisecondsRoundedToOneDecimal() {
        assertEquals("0.0", RequestObserver.tenths(0));
        assertEquals("0.0", RequestObserver.tenths(49_999));
        assertEquals("0.1", RequestObserver.tenths(50_000));
        assertEquals("1.2", RequestObserver.tenths(1_249_999));
        assertEquals("12.3", RequestObserver.tenths(12_250_000));
        assertEquals("1500.0", RequestObserver.tenths(1_500_000_000L));
    }

    @Test
    void routesAreNamedByTheirPatternWithBraces() {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            assertEquals("/api/{model}/{id}", RequestObserver.routeOf(router.route("/api/:model/:id")));
            assertEquals("/api/{model}/{id}", RequestObserver.routeOf(router.route("/api/:model/:id")), "the same name the second time");
            assertEquals("none", RequestObserver.routeOf(null));
        } finally {
            vertx.close();
        }
    }
}
