package io.github.odoorestcamel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.rest.HttpStatuses;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionResolverTest {

    private static FieldSelection resolve(String query) {
        return new SelectionResolver(ModelFieldsFixture.PARTNERS, 1000).resolve("res.partner", QueryParser.parse(query, SettingDefaults.queryLimits()));
    }

    private static List<String> names(FieldSelection selection) {
        return selection.fields().stream().map(SelectedField::name).toList();
    }

    @Test
    void wildcardExpandsToEveryFieldInFieldsGetOrder() {
        assertEquals(List.of("id", "name", "country_id", "category_id", "child_ids", "write_date"), names(resolve("{*}")));
        assertEquals(names(resolve("{*}")), names(new SelectionResolver(ModelFieldsFixture.PARTNERS, 1000).resolve("res.partner", QueryBlock.ALL_FIELDS)));
    }

    @Test
    void excludeRemovesFieldsAndNestedItemsReplaceTheirFlatEntry() {
        FieldSelection selection = resolve("{-write_date, -id, country_id{code}}");
        assertEquals(List.of("name", "country_id", "category_id", "child_ids"), names(selection));
        assertEquals(List.of("code"), names(selection.fields().get(1).nested()));
    }

    @Test
    void toManyArgumentsAreValidatedAndKept() {
        SelectedField children = resolve("{child_ids(limit: 3, order: 'name DESC, id'){name}}").fields().get(0);
        assertEquals(3, children.limit());
        assertEquals("name desc, id", children.order());
        assertNull(resolve("{child_ids{name}}").fields().get(0).limit());
    }

    @Test
    void invalidSelectionsAreBadRequests() {
        for (String query : List.of("{nope}", "{name{x}}", "{country_id(limit:1){name}}", "{child_ids(offset:1){id}}",
                "{child_ids(limit:1001){id}}", "{child_ids(order:'nope'){id}}", "{-nope}", "{country_id{nope}}")) {
            GatewayException error = assertThrows(GatewayException.class, () -> resolve(query), query);
            assertEquals(400, HttpStatuses.of(error.kind()), query);
        }
    }

    @Test
    void topLevelArgumentsAreRefused() {
        GatewayException error = assertThrows(GatewayException.class, () -> resolve("(limit:1){id}"));
        assertTrue(error.getMessage().contains("takes no arguments"));
    }
}
