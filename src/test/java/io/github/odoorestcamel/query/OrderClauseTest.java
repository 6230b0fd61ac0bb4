package io.github.odoorestcamel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.rest.HttpStatuses;
import io.github.odoorestcamel.schema.ModelFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderClauseTest {

    private static final ModelFields PARTNER = ModelFieldsFixture.PARTNERS.fieldsOf("res.partner");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name desc, id           | name desc, id",
        "\"name desc\"           | name desc",
        "  name   DESC ,  id ASC | name desc, id asc",
        "country_id.name asc     | country_id.name asc",
        "write_date desc nulls last | write_date desc nulls last"})
    void validClausesAreNormalised(String input, String expected) {
        assertEquals(expected, OrderClause.parse(input, PARTNER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "name; drop table res_partner", "name desc desc", "(select 1)", "\"name", "\"\"",
        ",", "name,", "name sideways", "\"[1]\""})
    void invalidClausesAreBadRequests(String input) {
        GatewayException error = assertThrows(GatewayException.class, () -> OrderClause.parse(input, PARTNER));
        assertEquals(400, HttpStatuses.of(error.kind()));
    }
}
