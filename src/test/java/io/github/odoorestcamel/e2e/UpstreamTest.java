package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.odoorestcamel.sim.RecordedCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the gateway sends to Odoo. */
class UpstreamTest {

    @Test
    void nothingButThePathReachesOdoo() {
        RunningGateway gateway = RunningGateway.odoo(17);
        String session = gateway.login("admin");
        gateway.getAs(session, "/api/res.country/?page_size=2&page=1");
        gateway.odoo.resetCalls();
        assertEquals(200, gateway.getAs(session, "/api/res.country/?page_size=2&page=1").status());
        assertEquals(List.of("POST /web/dataset/call_kw/res.country/web_search_read HTTP/1.1"),
                gateway.odoo.calls().stream().map(RecordedCall::requestLine).toList());
    }
}
