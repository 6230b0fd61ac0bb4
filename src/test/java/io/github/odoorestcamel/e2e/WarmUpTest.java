package io.github.odoorestcamel.e2e;

import static io.github.odoorestcamel.e2e.RunningGateway.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.warmup.StartupWarmUp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warm-up after start: it never reaches Odoo, the gateway answers right after it, and warm-up.duration=0 switches it off. */
class WarmUpTest {

    private static final String RECORD = "/api/res.partner/10/?query=" + q("{id,name,email,country_id{name},category_id{name},child_ids{name}}");

    @Test
    void warmUpSendsNothingToOdooAndTheGatewayAnswersRightAfterIt() throws Exception {
        RunningGateway gateway = RunningGateway.withSettings("warm-up", 17, Map.of("warm-up.duration", "2"));
        StartupWarmUp warmUp = gateway.camel().getRegistry().lookupByNameAndType("startupWarmUp", StartupWarmUp.class);
        assertTrue(warmUp.awaitFinished(Duration.ofSeconds(30)), "the warm-up ends within its time");
        assertTrue(warmUp.rounds() > 0, "the warm-up ran");
        assertEquals(0, gateway.odoo.callCount(), "calls to Odoo during start and warm-up: " + gateway.odoo.calls());
        assertEquals(200, gateway.management("/observe/health/ready").status(), "ready once warmed up");

        Reply reply = gateway.getAs(gateway.login("admin"), RECORD);
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        assertEquals(10, record.path("id").asInt());
        assertEquals(gateway.odoo.row("res.partner", 10).get("name"), record.path("name").asText());
        assertEquals("United States", record.path("country_id").path("name").asText());
        assertTrue(record.path("child_ids").isArray() && !record.path("child_ids").isEmpty(), record.toString());
    }

    @Test
    void durationZeroSwitchesTheWarmUpOff() {
        RunningGateway gateway = RunningGateway.withSettings("no-warm-up", 17, Map.of("warm-up.duration", "0"));
        assertNull(gateway.camel().getRegistry().lookupByName("startupWarmUp"));
        Reply health = gateway.management("/observe/health?exposureLevel=full");
        assertFalse(health.body().contains("warm-up"), health.body());
    }
}
