package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.e2e.RunningGateway;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReadService#existing}: these ids of this model, archived ones included; and
 * {@link ReadService#byId}: a page of a walk by id; against the simulator of Odoo 16 and 17.
 */
class ExistingRecordsTest {

    private static final int MISSING = 999_999;

    private record Setup(RunningGateway gateway, OdooServices odoo, Caller admin, int archived) {
    }

    private static Setup setup(int major) {
        RunningGateway gateway = RunningGateway.withSettings("existing-" + major, major, Map.of());
        OdooServices odoo = gateway.camel().getRegistry().findSingleByType(OdooServices.class);
        Caller admin = odoo.sessions().resolve(gateway.odoo.openSession("admin"));
        int archived = gateway.odoo.insert("res.partner", Map.of("name", "Archived Partner", "active", false));
        return new Setup(gateway, odoo, admin, archived);
    }

    /** The query {name}, with the partner fields and the server version cached and the calls counted from zero. */
    private static QueryBlock nameWithCachesWarm(Setup setup) {
        QueryBlock name = QueryParser.parse("{name}", setup.odoo().readSettings().queryLimits());
        setup.odoo().catalog().fieldsOf(setup.admin(), "res.partner");
        setup.odoo().versions().current();
        setup.gateway().odoo.resetCalls();
        return name;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17})
    void archivedRecordsAreFoundMissingOnesLeftOutInIdOrderWithOneCall(int major) {
        Setup setup = setup(major);
        QueryBlock name = nameWithCachesWarm(setup);
        var found = setup.odoo().reads().existing(setup.admin(), "res.partner", List.of(MISSING, setup.archived(), 10),
                name, Json.NODES.objectNode());
        assertEquals(List.of(10L, (long) setup.archived()), List.copyOf(found.keySet()));
        assertEquals("{\"name\":\"Archived Partner\"}", found.get((long) setup.archived()).toString());
        assertEquals(1, setup.gateway().odoo.callCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17})
    void idsAloneCostOneSearchAndNoFieldMetadata(int major) {
        Setup setup = setup(major);
        setup.gateway().odoo.resetCalls();
        var found = setup.odoo().reads().existing(setup.admin(), "res.partner.category", List.of(MISSING, 2, 1),
                QueryBlock.ID_ONLY, null);
        assertEquals("{1={\"id\":1}, 2={\"id\":2}}", found.toString());
        assertEquals(1, setup.gateway().odoo.callsTo("search"));
        assertEquals(1, setup.gateway().odoo.callCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17})
    void aFullPageByIdIsOneCallWithTheDatesAsOdooReadsThemBesideTheBody(int major) {
        Setup setup = setup(major);
        QueryBlock name = nameWithCachesWarm(setup);
        ArrayNode domain = Json.NODES.arrayNode();
        domain.addArray().add("id").add(">").add(10);
        List<DatedRecord> page = setup.odoo().reads().byId(setup.admin(), "res.partner", name, domain, 3, Json.NODES.objectNode());
        assertEquals(List.of(11L, 12L, 13L), page.stream().map(DatedRecord::id).toList());
        assertEquals(List.of("name"), List.copyOf(page.get(0).body().properties().stream().map(Map.Entry::getKey).toList()),
                "the dates are read, not shown");
        assertTrue(page.get(0).writeDate().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), page.get(0).writeDate());
        assertTrue(page.get(0).createDate().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), page.get(0).createDate());
        assertEquals(1, setup.gateway().odoo.callCount(), "a full page and no count of the rest");
    }
}
