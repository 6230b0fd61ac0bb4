package io.github.odoorestcamel.bundles.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    @Test
    void odooTypesMapToTheDocumentedColumnTypes() {
        for (String text : List.of("char", "text", "html", "selection", "reference", "binary")) {
            assertEquals(ColumnType.TEXT, ColumnType.forField(text), text);
        }
        assertEquals(ColumnType.BIGINT, ColumnType.forField("integer"));
        assertEquals(ColumnType.DOUBLE, ColumnType.forField("float"));
        assertEquals(ColumnType.DOUBLE, ColumnType.forField("monetary"));
        assertEquals(ColumnType.BOOLEAN, ColumnType.forField("boolean"));
        assertEquals(ColumnType.DATE, ColumnType.forField("date"));
        assertEquals(ColumnType.TIMESTAMP, ColumnType.forField("datetime"));
        assertEquals(ColumnType.BIGINT, ColumnType.forField("many2one"));
        assertEquals(ColumnType.BIGINT_ARRAY, ColumnType.forField("one2many"));
        assertEquals(ColumnType.BIGINT_ARRAY, ColumnType.forField("many2many"));
    }

    @Test
    void falseIsNullExceptInABooleanColumn() {
        for (ColumnType type : ColumnType.values()) {
            if (type != ColumnType.BOOLEAN) {
                assertNull(ColumnValues.toColumn(type, false), type.name());
            }
        }
        assertEquals(Boolean.FALSE, ColumnValues.toColumn(ColumnType.BOOLEAN, false));
        assertNull(ColumnValues.toColumn(ColumnType.BOOLEAN, null));
    }

    @Test
    void many2oneIsTheIdWhateverItsRendering() {
        assertEquals(7L, ColumnValues.toColumn(ColumnType.BIGINT, 7));
        assertEquals(7L, ColumnValues.toColumn(ColumnType.BIGINT, List.of(7, "Azure Interior")));
        assertEquals(7L, ColumnValues.toColumn(ColumnType.BIGINT, Map.of("id", 7, "name", "Azure Interior")));
    }

    @Test
    void x2manyIsAnArrayOfIds() {
        assertArrayEquals(new Long[] {3L, 5L}, (Long[]) ColumnValues.toColumn(ColumnType.BIGINT_ARRAY, List.of(3, 5)));
        assertArrayEquals(new Long[] {3L}, (Long[]) ColumnValues.toColumn(ColumnType.BIGINT_ARRAY, List.of(Map.of("id", 3))));
        assertArrayEquals(new Long[0], (Long[]) ColumnValues.toColumn(ColumnType.BIGINT_ARRAY, List.of()));
    }

    @Test
    void datesAndDatetimesInEveryRendering() {
        assertEquals(LocalDate.of(2026, 11, 27), ColumnValues.toColumn(ColumnType.DATE, "2026-11-27"));
        LocalDateTime seconds = LocalDateTime.of(2026, 11, 27, 19, 42, 44);
        assertEquals(seconds, ColumnValues.toColumn(ColumnType.TIMESTAMP, "2026-11-27 19:42:44"));
        assertEquals(seconds, ColumnValues.toColumn(ColumnType.TIMESTAMP, "2026-11-27T19:42:44Z"));
        assertEquals(LocalDateTime.of(2026, 11, 27, 19, 42), ColumnValues.toColumn(ColumnType.TIMESTAMP, "2026-11-27-19-42"));
        assertThrows(IllegalArgumentException.class, () -> ColumnValues.toColumn(ColumnType.TIMESTAMP, "yesterday"));
    }

    @Test
    void numbersTextAndStructuredValues() {
        assertEquals(2.5, ColumnValues.toColumn(ColumnType.DOUBLE, 2.5));
        assertEquals(3.0, ColumnValues.toColumn(ColumnType.DOUBLE, 3));
        assertEquals(42L, ColumnValues.toColumn(ColumnType.BIGINT, 42L));
        assertEquals("Deco Addict", ColumnValues.toColumn(ColumnType.TEXT, "Deco Addict"));
        assertEquals("{\"en_US\":\"Chair\"}", ColumnValues.toColumn(ColumnType.TEXT, Map.of("en_US", "Chair")));
    }
}
