package io.github.odoorestcamel.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Odoo domains in prefix notation, evaluated against simulated records, with Odoo's error messages. */
final class SimDomain {

    private static final Set<String> OPERATORS = Set.of("=", "!=", "<>", ">", ">=", "<", "<=", "=?", "in", "not in",
            "like", "not like", "ilike", "not ilike", "=like", "=ilike", "child_of", "parent_of");

    private final SimDatabase db;
    private final SimModel model;

    private SimDomain(SimDatabase db, SimModel model) {
        this.db = db;
        this.model = model;
    }

    static Predicate<Map<String, Object>> compile(SimDatabase db, SimModel model, JsonNode domain) {
        if (domain == null || domain.isNull() || domain.isEmpty()) {
            return r -> true;
        }
        if (!domain.isArray()) {
            throw OdooFault.valueError("Invalid domain: " + domain);
        }
        SimDomain compiler = new SimDomain(db, model);
        Iterator<JsonNode> terms = domain.iterator();
        Predicate<Map<String, Object>> all = r -> true;
        while (terms.hasNext()) {
            all = all.and(compiler.expression(terms));
        }
        return all;
    }

    static boolean mentions(JsonNode domain, String field) {
        if (domain == null || !domain.isArray()) {
            return false;
        }
        for (JsonNode term : domain) {
            if (term.isArray() && term.size() == 3 && term.get(0).asText().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private Predicate<Map<String, Object>> expression(Iterator<JsonNode> terms) {
        if (!terms.hasNext()) {
            throw OdooFault.valueError("Invalid domain: missing operand");
        }
        JsonNode term = terms.next();
        if (term.isTextual()) {
            switch (term.asText()) {
                case "&" -> {
                    return expression(terms).and(expression(terms));
                }
                case "|" -> {
                    return expression(terms).or(expression(terms));
                }
                case "!" -> {
                    return expression(terms).negate();
                }
                default -> throw OdooFault.valueError("Invalid leaf " + term);
            }
        }
        return leaf(term);
    }

    private Predicate<Map<String, Object>> leaf(JsonNode term) {
        if (!term.isArray() || term.size() != 3) {
            throw OdooFault.valueError("Invalid leaf " + Python.repr(term));
        }
        String path = term.get(0).asText();
        String operator = term.get(1).asText().toLowerCase(Locale.ROOT);
        JsonNode value = term.get(2);
        if (!OPERATORS.contains(operator)) {
            throw OdooFault.valueError("Invalid leaf " + Python.leaf(term));
        }
        String[] parts = path.split("\\.");
        SimModel current = model;
        List<SimField> chain = new ArrayList<>();
        for (String part : parts) {
            SimField field = current == null ? null : current.field(part);
            if (field == null) {
                throw OdooFault.valueError("Invalid field " + model.name + "." + path + " in leaf " + Python.leaf(term));
            }
            chain.add(field);
            current = field.isRelational() ? db.model(field.relation()) : null;
        }
        return record -> matchesAny(values(record, model, chain, 0), chain.get(chain.size() - 1), operator, value);
    }

    private List<Object> values(Map<String, Object> record, SimModel owner, List<SimField> chain, int index) {
        SimField field = chain.get(index);
        Object value = owner.value(record, field);
        if (index == chain.size() - 1) {
            return List.of(value == null ? Boolean.FALSE : value);
        }
        SimModel target = db.model(field.relation());
        List<Object> out = new ArrayList<>();
        for (Integer id : ids(value)) {
            Map<String, Object> related = target.records.get(id);
            if (related != null) {
                out.addAll(values(related, target, chain, index + 1));
            }
        }
        return out.isEmpty() ? List.of(Boolean.FALSE) : out;
    }

    private boolean matchesAny(List<Object> values, SimField field, String operator, JsonNode expected) {
        if (field.isToMany()) {
            Object value = values.get(0);
            List<Integer> ids = ids(value);
            if (operator.equals("=") || operator.equals("in")) {
                if (isFalse(expected)) {
                    return ids.isEmpty();
                }
                return ids.stream().anyMatch(id -> contains(expected, id));
            }
            if (operator.equals("!=") || operator.equals("not in") || operator.equals("<>")) {
                if (isFalse(expected)) {
                    return !ids.isEmpty();
                }
                return ids.stream().noneMatch(id -> contains(expected, id));
            }
        }
        boolean negative = operator.startsWith("not") || operator.equals("!=") || operator.equals("<>");
        boolean any = values.stream().anyMatch(v -> matches(v, field, operator, expected));
        return negative ? values.stream().allMatch(v -> matches(v, field, operator, expected)) : any;
    }

    private boolean matches(Object value, SimField field, String operator, JsonNode expected) {
        Object actual = value;
        if ("many2one".equals(field.type()) && expected.isTextual() && !(actual instanceof Boolean)) {
            actual = db.model(field.relation()).displayName((Integer) actual);
        }
        return switch (operator) {
            case "=", "=?" -> operator.equals("=?") && isFalse(expected) || equal(actual, expected);
            case "!=", "<>" -> !equal(actual, expected);
            case ">" -> isSet(actual) && compare(actual, expected) > 0;
            case ">=" -> isSet(actual) && compare(actual, expected) >= 0;
            case "<" -> isSet(actual) && compare(actual, expected) < 0;
            case "<=" -> isSet(actual) && compare(actual, expected) <= 0;
            case "in" -> expected.isArray() ? contains(expected, actual) : equal(actual, expected);
            case "not in" -> !(expected.isArray() ? contains(expected, actual) : equal(actual, expected));
            case "like" -> like(actual, "%" + expected.asText() + "%", false);
            case "ilike" -> like(actual, "%" + expected.asText() + "%", true);
            case "not like" -> !like(actual, "%" + expected.asText() + "%", false);
            case "not ilike" -> !like(actual, "%" + expected.asText() + "%", true);
            case "=like" -> like(actual, expected.asText(), false);
            case "=ilike" -> like(actual, expected.asText(), true);
            case "child_of", "parent_of" -> contains(expected.isArray() ? expected : Python.list(expected), actual);
            default -> false;
        };
    }

    static List<Integer> ids(Object value) {
        if (value instanceof Integer id) {
            return List.of(id);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(o -> (Integer) o).toList();
        }
        return List.of();
    }

    private static boolean isFalse(JsonNode node) {
        return node.isNull() || (node.isBoolean() && !node.asBoolean());
    }

    private static boolean equal(Object actual, JsonNode expected) {
        if (isFalse(expected)) {
            return actual == null || Boolean.FALSE.equals(actual);
        }
        return Objects.equals(normalise(actual), normalise(Python.value(expected)));
    }

    private static boolean contains(JsonNode list, Object actual) {
        for (JsonNode element : list) {
            if (equal(actual, element)) {
                return true;
            }
        }
        return false;
    }

    private static Object normalise(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object actual, JsonNode expected) {
        Object other = Python.value(expected);
        if (actual instanceof Number a && other instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return ((Comparable<Object>) (Object) String.valueOf(actual)).compareTo(String.valueOf(other));
    }

    private static boolean isSet(Object actual) {
        return actual != null && !Boolean.FALSE.equals(actual);
    }

    private static boolean like(Object actual, String pattern, boolean ignoreCase) {
        if (!(actual instanceof String text)) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        Pattern compiled = Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL);
        return compiled.matcher(text).matches();
    }
}
