package io.github.odoorestcamel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedIdsTest {

    private static final ModelFields PARTNER = ModelFieldsFixture.model("res.partner", "name:char", "parent_id:many2one:res.partner",
            "country_id:many2one:res.country", "category_id:many2many:res.partner.category", "child_ids:one2many:res.partner");

    private static Map<String, Map<String, Set<Integer>>> of(String data) throws Exception {
        ObjectNode values = CommandExpander.expand(Json.MAPPER.readTree(data), PARTNER);
        return RelatedIds.of(values, PARTNER);
    }

    @Test
    void linkedUpdatedAndReplacingIdsMustExistRemovedOnesNeedNot() throws Exception {
        assertEquals(Map.of("res.partner.category", Map.of("category_id", Set.of(4, 5, 9))),
                of("{\"category_id\":{\"push\":[5],\"pop\":[6],\"delete\":[7],\"set\":[9],\"update\":{\"4\":{\"name\":\"x\"}},"
                        + "\"create\":[{\"name\":\"y\"}],\"clear\":true}}"));
    }

    @Test
    void plainIdListsAndMany2onesAreGroupedByTheirModel() throws Exception {
        assertEquals(Map.of("res.partner", Map.of("parent_id", Set.of(3), "child_ids", Set.of(8, 10)),
                        "res.partner.category", Map.of("category_id", Set.of(1, 2))),
                of("{\"name\":\"n\",\"parent_id\":3,\"country_id\":false,\"category_id\":[2,1],\"child_ids\":[[4,8,0],[6,0,[10]]]}"));
    }

    @Test
    void valuesWithoutRelationsNeedNoLookup() throws Exception {
        assertEquals(Map.of(), of("{\"name\":\"n\",\"country_id\":false,\"category_id\":[]}"));
    }
}
