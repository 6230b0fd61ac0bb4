package io.github.odoorestcamel.component.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeKindTest {

    @Test
    void aRecordWrittenLastByTheTransactionThatCreatedItIsCreated() {
        assertEquals(ChangeKind.CREATED, ChangeKind.of("2026-11-27 19:40:38", "2026-11-27 19:40:38"));
        assertEquals(ChangeKind.CREATED, ChangeKind.of("2026-11-27 19:40:38.120000", "2026-11-27 19:40:38.910000"));
    }

    @Test
    void aRecordWrittenInALaterSecondIsUpdated() {
        assertEquals(ChangeKind.UPDATED, ChangeKind.of("2026-11-27 19:40:38", "2026-11-27 19:40:39"));
    }

    @Test
    void withoutACreateDateAChangeIsAnUpdate() {
        assertEquals(ChangeKind.UPDATED, ChangeKind.of(null, "2026-11-27 19:40:39"));
    }

    @Test
    void labelsAreLowerCase() {
        assertEquals("deleted", ChangeKind.DELETED.label());
    }
}
