package io.github.odoorestcamel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.odoorestcamel.SettingDefaults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    @Test
    void plainFieldsKeepTheirOrder() {
        QueryBlock block = QueryParser.parse("{id, name,email}", SettingDefaults.queryLimits());
        assertEquals(List.of("id", "name", "email"), block.items().stream().map(QueryItem::name).toList());
        assertTrue(block.items().stream().allMatch(i -> i.kind() == QueryItem.Kind.FIELD && !i.isNested()));
    }

    @Test
    void nestedBlocksAndArgumentsParse() {
        QueryBlock block = QueryParser.parse(" { id , child_ids ( limit : 2 , order : \"name desc\" ) { name , country_id { code } } } ", SettingDefaults.queryLimits());
        QueryItem children = block.items().get(1);
        assertEquals("child_ids", children.name());
        assertEquals(Map.of("limit", "2", "order", "name desc"), children.nested().arguments());
        QueryItem country = children.nested().items().get(1);
        assertEquals("code", country.nested().items().get(0).name());
    }

    @Test
    void singleQuotedAndBareArgumentValues() {
        QueryBlock block = QueryParser.parse("{child_ids(order:'name asc, id',limit:10){id}}", SettingDefaults.queryLimits());
        assertEquals(Map.of("order", "name asc, id", "limit", "10"), block.items().get(0).nested().arguments());
    }

    @Test
    void wildcardAndExcludes() {
        QueryBlock block = QueryParser.parse("{*, -image_1920, child_ids{-id}}", SettingDefaults.queryLimits());
        assertTrue(block.hasWildcard());
        assertTrue(block.hasExcludes());
        assertEquals(QueryItem.exclude("image_1920"), block.items().get(1));
    }

    @Test
    void emptyBlockAndMissingQuery() {
        assertEquals(List.of(), QueryParser.parse("{}", SettingDefaults.queryLimits()).items());
        assertSame(QueryBlock.ALL_FIELDS, QueryParser.parse(null, SettingDefaults.queryLimits()));
        assertSame(QueryBlock.ALL_FIELDS, QueryParser.parse("   ", SettingDefaults.queryLimits()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{id,,}                | expecting a field name at position 4",
        "{id                   | expecting '}' at position 3, found end of query",
        "id,name               | expecting '{' at position 0",
        "{id} x                | expecting end of query at position 5",
        "{id,}                 | expecting a field name at position 4",
        "{1d}                  | expecting a field name at position 1",
        "{a(limit:1}           | expecting ')' at position 10",
        "{a(limit:'1){b}}      | unterminated ' string starting at position 9",
        "{a(limit:){b}}        | expecting a value at position 9",
        "{a(limit:1,limit:2){b}} | argument 'limit' given twice",
        "{id,-name}            | cannot mix included fields with excluded",
        "{id,id}               | 'id' appears twice",
        "{-}                   | expecting a field name at position 2",
        "{a{b}{c}}             | expecting '}' at position 5",
    })
    void syntaxErrorsNameThePosition(String query, String message) {
        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query, SettingDefaults.queryLimits()));
        assertTrue(error.getMessage().startsWith("QuerySyntaxError: "), error.getMessage());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void depthSizeAndLengthAreBounded() {
        QueryLimits limits = new QueryLimits(100, 3, 5);
        assertEquals(1, QueryParser.parse("{a{b{c}}}", limits).items().size());
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("{a{b{c{d}}}}", limits));
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("{a,b,c,d,e,f}", limits));
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("{" + "a".repeat(120) + "}", limits));
    }

    @Test
    void deepNestingFailsFastWithoutStackOverflow() {
        String deep = "{a".repeat(100_000) + "}".repeat(100_000);
        QuerySyntaxException error = assertThrows(QuerySyntaxException.class,
                () -> QueryParser.parse(deep, new QueryLimits(Integer.MAX_VALUE, 10, 1000)));
        assertTrue(error.getMessage().contains("nested deeper than 10"));
    }
}
