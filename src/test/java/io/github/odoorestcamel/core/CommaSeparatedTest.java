package io.github.odoorestcamel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommaSeparatedTest {

    @Test
    void entriesAreStrippedKeptInOrderAndEmptyOnesDropped() {
        assertEquals(List.of("odoo", "staging", "odoo"), CommaSeparated.split(" odoo, ,staging,,odoo "));
    }

    @Test
    void nothingGivenIsNoEntry() {
        assertEquals(List.of(), CommaSeparated.split(null));
        assertEquals(List.of(), CommaSeparated.split(" , "));
    }
}
