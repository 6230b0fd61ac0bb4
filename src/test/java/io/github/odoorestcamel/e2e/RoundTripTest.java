package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.odoorestcamel.sim.RecordedCall;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How many calls each GET costs Odoo, counted by the simulator. */
class RoundTripTest {

    private static final String NESTED = "/api/res.partner/?query="
            + q("{id,name,country_id{name,code},category_id{name},child_ids{name,country_id{name}}}") + "&page_size=80";

    private static List<String> methods(RunningGateway gateway) {
        return gateway.odoo.calls().stream().map(RecordedCall::method).toList();
    }

    /** A gateway of its own, with 60 more partners, so other tests' figures stay as the demo data has them. */
    private static RunningGateway withBulkPartners(int version) {
        RunningGateway gateway = RunningGateway.withSettings("bulk" + version, version, Map.of());
        synchronized (gateway) {
            if (gateway.odoo.row("res.partner", 1000) == null) {
                for (int i = 0; i < 60; i++) {
                    gateway.odoo.insert("res.partner", Map.of("id", 1000 + i, "name", "Bulk " + i, "country_id", 21,
                            "parent_id", 9, "active", true));
                }
            }
        }
        return gateway;
    }

    /** The methods Odoo is called with for one GET once the caches are warm (the same GET ran before). */
    private static List<String> warmCalls(RunningGateway gateway, String path, int expectedRows) {
        String session = gateway.login("admin");
        gateway.getAs(session, path);
        gateway.odoo.resetCalls();
        Reply reply = gateway.getAs(session, path);
        assertEquals(200, reply.status(), reply.body());
        if (expectedRows >= 0) {
            assertEquals(expectedRows, reply.json().get("count").asInt());
        }
        return methods(gateway);
    }

    @Test
    void nestedPageOf80RowsIsOneCallOnOdoo17() {
        assertEquals(List.of("web_search_read"), warmCalls(withBulkPartners(17), NESTED, 80));
    }

    @Test
    void singleRecordIsOneWebReadOnOdoo17() {
        String path = "/api/res.partner/10/?query=" + q("{name,country_id{name},category_id{name}}");
        assertEquals(List.of("web_read"), warmCalls(RunningGateway.odoo(17), path, -1));
    }

    @Test
    void coldGatewayAsksVersionSessionAndFieldsOnceEach() {
        RunningGateway gateway = RunningGateway.withSettings("cold", 17, Map.of());
        String session = gateway.odoo.openSession("admin");
        gateway.odoo.resetCalls();
        assertEquals(200, gateway.getAs(session, "/api/res.partner/?query=" + q("{name,country_id{name}}")).status());
        Map<String, Long> counts = new HashMap<>();
        methods(gateway).forEach(m -> counts.merge(m, 1L, Long::sum));
        assertEquals(Map.of("/web/session/get_session_info", 1L, "fields_get", 2L, "/web/webclient/version_info", 1L,
                "web_search_read", 1L), counts);
        gateway.odoo.resetCalls();
        assertEquals(200, gateway.getAs(session, "/api/res.partner/?query=" + q("{name,country_id{name}}")).status());
        assertEquals(List.of("web_search_read"), methods(gateway));
    }

    @Test
    void odoo16ReadsOncePerRelationPerLevelWhateverTheRowCount() {
        // rows + total, then country_id, category_id, child_ids (level 1), child_ids.country_id (level 2)
        assertEquals(List.of("search_read", "search_count", "read", "read", "read", "read"),
                warmCalls(withBulkPartners(16), NESTED, 80));
    }

    @Test
    void odoo16ShortPageNeedsNoCount() {
        String path = "/api/res.country/?query=" + q("{name}") + "&page_size=10";
        assertEquals(List.of("search_read"), warmCalls(RunningGateway.odoo(16), path, 3));
    }

    @Test
    void fieldsCacheIsPerUser() {
        RunningGateway gateway = RunningGateway.odoo(17);
        String admin = gateway.login("admin");
        String demo = gateway.login("demo");
        Reply asAdmin = gateway.getAs(admin, "/api/res.users/2/");
        assertEquals(200, asAdmin.status(), asAdmin.body());
        assertEquals(true, asAdmin.json().has("totp_secret"));
        Reply asDemo = gateway.getAs(demo, "/api/res.users/2/");
        assertEquals(200, asDemo.status(), asDemo.body());
        assertEquals(false, asDemo.json().has("totp_secret"));
        assertEquals("Mitchell Admin", asDemo.json().get("name").asText());
        assertEquals(400, gateway.getAs(demo, "/api/res.users/2/?query=" + q("{totp_secret}")).status());
    }
}
