package io.github.odoorestcamel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.github.odoorestcamel.schema.ModelFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandExpanderTest {

    private static final ModelFields PARTNER = ModelFieldsFixture.model("res.partner", "name:char", "tags:char",
            "parent_id:many2one:res.partner", "category_id:many2many:res.partner.category", "child_ids:one2many:res.partner");

    private static String expand(String data) throws Exception {
        return CommandExpander.expand(Json.MAPPER.readTree(data), PARTNER).toString();
    }

    @Test
    void operationsBecomeCommandTuplesInTheOrderGiven() throws Exception {
        assertEquals("{\"category_id\":[[4,5,0],[4,6,0],[3,7,0],[2,8,0],[0,0,{\"name\":\"New\"}],[1,9,{\"name\":\"Renamed\"}],"
                        + "[6,0,[1,2]],[5,0,0]]}",
                expand("{\"category_id\":{\"push\":[5,6],\"pop\":[7],\"delete\":[8],\"create\":[{\"name\":\"New\"}],"
                        + "\"update\":{\"9\":{\"name\":\"Renamed\"}},\"set\":[1,2],\"clear\":true}}"));
    }

    @Test
    void plainIdListReplacesAsTheReferenceDoes() throws Exception {
        assertEquals("{\"category_id\":[[6,0,[3,4]]],\"child_ids\":[[6,0,[]]]}", expand("{\"category_id\":[3,4],\"child_ids\":[]}"));
    }

    @Test
    void commandListsAndOtherFieldsPassUnchanged() throws Exception {
        assertEquals("{\"category_id\":[[4,7,0],[5]],\"name\":\"X\",\"tags\":[1,2],\"parent_id\":3}",
                expand("{\"category_id\":[[4,7,0],[5]],\"name\":\"X\",\"tags\":[1,2],\"parent_id\":3}"));
    }

    @Test
    void clearFalseAddsNothing() throws Exception {
        assertEquals("{\"category_id\":[]}", expand("{\"category_id\":{\"clear\":false}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"nope\":1}                                   | Invalid field 'nope' on model 'res.partner'",
        "{\"category_id\":{\"shove\":[1]}}              | unknown operation 'shove'",
        "{\"category_id\":{\"push\":[0]}}               | positive integer ids",
        "{\"category_id\":{\"push\":[\"1\"]}}           | positive integer ids",
        "{\"category_id\":{\"push\":[2147483648]}}      | positive integer ids",
        "{\"category_id\":{\"push\":1}}                 | 'push' takes a list of ids",
        "{\"category_id\":{\"update\":{\"x\":{}}}}      | positive integer ids as keys",
        "{\"category_id\":{\"update\":{\"1\":3}}}       | takes objects of values",
        "{\"category_id\":{\"create\":{}}}              | 'create' takes a list",
        "{\"category_id\":{\"clear\":1}}                | 'clear' takes true or false",
        "{\"category_id\":[[9,1,0]]}                    | not a valid Odoo command",
        "{\"category_id\":[[6,0,[1,-2]]]}               | not a valid Odoo command",
        "{\"category_id\":[[1,3]]}                      | not a valid Odoo command",
        "{\"category_id\":\"1,2\"}                      | expects a list of ids",
        "[1]                                            | `data` must be a JSON object"})
    void anythingMalformedIsA400BeforeAnyCall(String data, String message) {
        GatewayException error = assertThrows(GatewayException.class, () -> expand(data));
        assertEquals(400, HttpStatuses.of(error.kind()));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }
}
