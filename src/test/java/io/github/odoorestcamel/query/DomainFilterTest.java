package io.github.odoorestcamel.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.rest.HttpStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainFilterTest {

    private static final DomainFilter.Limits LIMITS = SettingDefaults.domainLimits();

    @ParameterizedTest
    @ValueSource(strings = {
        "[]", "[[\"id\",\">\",5]]", "[[\"id\",\">\",60],[\"id\",\"<\",70]]",
        "[\"|\",[\"name\",\"ilike\",\"deco\"],[\"id\",\"in\",[1,2,3]]]",
        "[\"!\",[\"country_id.code\",\"=\",\"US\"]]", "[\"&\",\"!\",[\"id\",\"=\",1],[\"name\",\"=\",false]]",
        "[[\"write_date\",\">=\",\"2026-01-01 00:00:00\"]]", "[[\"id\",\"not in\",[]]]", "[[\"name\",\"=like\",\"A%\"]]"})
    void validDomainsPass(String domain) {
        assertDoesNotThrow(() -> DomainFilter.parse(domain, LIMITS));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[[\"id\",\">\",5]", "{\"id\":1}", "\"id\"", "[[\"id\",\">\"]]", "[[\"id\",\"~~\",3]]", "[[1,\"=\",3]]",
        "[\"|\",[\"id\",\"=\",1]]", "[\"!\"]", "[\"&\"]", "[\"x\"]", "[[\"id\",\"=\",{\"a\":1}]]",
        "[[\"id\",\"in\",[[1]]]]", "[[\"id;drop\",\"=\",1]]", "[[\"id\",\"=\",1],\"|\"]", "[null]"})
    void invalidDomainsAreBadRequests(String domain) {
        GatewayException error = assertThrows(GatewayException.class, () -> DomainFilter.parse(domain, LIMITS));
        assertEquals(400, HttpStatuses.of(error.kind()));
    }

    @Test
    void sizesAreBounded() {
        DomainFilter.Limits small = new DomainFilter.Limits(200, 3, 10);
        assertThrows(GatewayException.class, () -> DomainFilter.parse("[[\"name\",\"=\",\"" + "x".repeat(11) + "\"]]", small));
        assertThrows(GatewayException.class, () -> DomainFilter.parse("[\"|\",\"|\",[\"id\",\"=\",1],[\"id\",\"=\",2],[\"id\",\"=\",3]]", small));
        assertThrows(GatewayException.class, () -> DomainFilter.parse("[" + "[\"id\",\"=\",1],".repeat(20) + "[\"id\",\"=\",1]]", small));
        GatewayException deep = assertThrows(GatewayException.class,
                () -> DomainFilter.parse("[".repeat(10_000) + "]".repeat(10_000), new DomainFilter.Limits(1_000_000, 500, 10)));
        assertTrue(deep.getMessage().contains("not valid JSON"), deep.getMessage());
    }

    @Test
    void leavesMustNameFieldsOfTheModel() {
        var domain = DomainFilter.parse("[\"|\",[\"country_id.code\",\"=\",\"US\"],[\"nope\",\"=\",1]]", LIMITS);
        GatewayException error = assertThrows(GatewayException.class,
                () -> DomainFilter.checkFields(domain, ModelFieldsFixture.PARTNERS.fieldsOf("res.partner")));
        assertTrue(error.getMessage().contains("'nope'"));
    }
}
