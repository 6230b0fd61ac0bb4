package io.github.odoorestcamel.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the query language of the reference addon:
 * <pre>
 * block     := arguments? '{' [ item (',' item)* ] '}'
 * item      := name block | name | '-' name | '*'
 * arguments := '(' [ name ':' value (',' name ':' value)* ] ')'   value: bare, 'single' or "double" quoted
 * </pre>
 * Whitespace is allowed between tokens. A parser instance is single-use and not thread safe.
 */
public final class QueryParser {

    private final String text;
    private final QueryLimits limits;
    private int pos;
    private int items;

    private QueryParser(String text, QueryLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    public static QueryBlock parse(String text, QueryLimits limits) {
        if (text == null || text.isBlank()) {
            return QueryBlock.ALL_FIELDS;
        }
        if (text.length() > limits.maxLength()) {
            throw new QuerySyntaxException("query is " + text.length() + " characters long, the limit is " + limits.maxLength());
        }
        QueryParser parser = new QueryParser(text, limits);
        QueryBlock block = parser.block(1);
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("end of query");
        }
        return block;
    }

    private QueryBlock block(int depth) {
        if (depth > limits.maxDepth()) {
            throw new QuerySyntaxException("query is nested deeper than " + limits.maxDepth() + " levels at position " + pos);
        }
        skipWhitespace();
        Map<String, String> arguments = peek() == '(' ? arguments() : Map.of();
        expect('{');
        List<QueryItem> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new QueryBlock(arguments, list);
        }
        do {
            list.add(item(depth));
            skipWhitespace();
        } while (consume(','));
        expect('}');
        checkLevel(list);
        return new QueryBlock(arguments, list);
    }

    private QueryItem item(int depth) {
        skipWhitespace();
        if (++items > limits.maxItems()) {
            throw new QuerySyntaxException("query names more than " + limits.maxItems() + " fields");
        }
        if (consume('*')) {
            return QueryItem.all();
        }
        if (consume('-')) {
            skipWhitespace();
            return QueryItem.exclude(name());
        }
        String name = name();
        skipWhitespace();
        char next = peek();
        if (next == '{' || next == '(') {
            return QueryItem.field(name, block(depth + 1));
        }
        return QueryItem.field(name, null);
    }

    private Map<String, String> arguments() {
        expect('(');
        Map<String, String> arguments = new LinkedHashMap<>();
        skipWhitespace();
        if (consume(')')) {
            return arguments;
        }
        do {
            skipWhitespace();
            int at = pos;
            String name = name();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            String value = value();
            if (arguments.put(name, value) != null) {
                throw new QuerySyntaxException("argument '" + name + "' given twice at position " + at);
            }
            skipWhitespace();
        } while (consume(','));
        expect(')');
        return arguments;
    }

    private String value() {
        char quote = peek();
        if (quote == '\'' || quote == '"') {
            int start = ++pos;
            int end = text.indexOf(quote, start);
            if (end < 0) {
                throw new QuerySyntaxException("unterminated " + quote + " string starting at position " + (start - 1));
            }
            pos = end + 1;
            return text.substring(start, end);
        }
        int start = pos;
        while (pos < text.length() && isBareValueChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a value");
        }
        return text.substring(start, pos);
    }

    private String name() {
        int start = pos;
        if (pos < text.length() && isNameStart(text.charAt(pos))) {
            pos++;
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        }
        if (start == pos) {
            throw error("a field name");
        }
        return text.substring(start, pos);
    }

    private void checkLevel(List<QueryItem> list) {
        boolean excludes = false;
        boolean plainIncludes = false;
        Set<String> seen = new HashSet<>();
        for (QueryItem item : list) {
            if (item.kind() == QueryItem.Kind.EXCLUDE) {
                excludes = true;
            } else if (item.kind() == QueryItem.Kind.FIELD && !item.isNested()) {
                plainIncludes = true;
            }
            if (!seen.add(item.name())) {
                throw new QuerySyntaxException("'" + item.name() + "' appears twice in one block (before position " + pos + ")");
            }
        }
        if (excludes && plainIncludes) {
            throw new QuerySyntaxException("a block cannot mix included fields with excluded (-) fields (before position " + pos + ")");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
        if (peek() == c && pos < text.length()) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipWhitespace();
        if (!consume(c)) {
            throw error("'" + c + "'");
        }
    }

    private QuerySyntaxException error(String expected) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "end of query";
        return new QuerySyntaxException("expecting " + expected + " at position " + pos + ", found " + found);
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isBareValueChar(char c) {
        return !Character.isWhitespace(c) && c != ',' && c != ')' && c != '(' && c != '{' && c != '}' && c != '\'' && c != '"';
    }
}
