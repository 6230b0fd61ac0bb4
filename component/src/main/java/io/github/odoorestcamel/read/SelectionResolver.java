package io.github.odoorestcamel.read;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.query.OrderClause;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.query.QueryItem;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a parsed query its meaning against the model's fields: {@code *} and {@code -x} expand to
 * fields_get's list, names are checked, nested blocks are allowed only on relations and their
 * arguments only on one2many/many2many.
 */
public final class SelectionResolver {

    private static final Set<String> TO_MANY_ARGUMENTS = Set.of("limit", "order");

    private final FieldsSource fields;
    private final int maxNestedLimit;

    public SelectionResolver(FieldsSource fields, int maxNestedLimit) {
        this.fields = fields;
        this.maxNestedLimit = maxNestedLimit;
    }

    public FieldSelection resolve(String model, QueryBlock block) {
        if (!block.arguments().isEmpty()) {
            throw GatewayException.badRequest("The top-level query block takes no arguments; use the limit and order parameters");
        }
        return resolveBlock(fields.fieldsOf(model), block);
    }

    private FieldSelection resolveBlock(ModelFields model, QueryBlock block) {
        Map<String, SelectedField> nested = new LinkedHashMap<>();
        List<SelectedField> selected = new ArrayList<>();
        for (QueryItem item : block.items()) {
            if (item.kind() == QueryItem.Kind.FIELD) {
                SelectedField field = resolveItem(model, item);
                if (item.isNested()) {
                    nested.put(field.name(), field);
                }
                selected.add(field);
            }
        }
        if (!block.hasWildcard() && !block.hasExcludes()) {
            return new FieldSelection(model.model(), selected);
        }
        Set<String> excluded = block.items().stream()
                .filter(i -> i.kind() == QueryItem.Kind.EXCLUDE)
                .map(i -> model.require(i.name()).name())
                .collect(Collectors.toSet());
        List<SelectedField> all = new ArrayList<>();
        for (FieldInfo info : model.all()) {
            if (!excluded.contains(info.name())) {
                all.add(nested.getOrDefault(info.name(), SelectedField.flat(info)));
            }
        }
        return new FieldSelection(model.model(), all);
    }

    private SelectedField resolveItem(ModelFields model, QueryItem item) {
        FieldInfo info = model.require(item.name());
        if (!item.isNested()) {
            return SelectedField.flat(info);
        }
        if (!info.isRelational()) {
            throw GatewayException.badRequest("Field '" + info.name() + "' of model '" + model.model() + "' is a "
                    + info.type() + " field, not a relation: it cannot have nested fields");
        }
        QueryBlock block = item.nested();
        Integer limit = null;
        String order = null;
        if (!block.arguments().isEmpty()) {
            if (!info.isToMany()) {
                throw GatewayException.badRequest("Arguments are only allowed on one2many and many2many fields, not on '"
                        + info.name() + "' (" + info.type() + ")");
            }
            for (String argument : block.arguments().keySet()) {
                if (!TO_MANY_ARGUMENTS.contains(argument)) {
                    throw GatewayException.badRequest("Unknown argument '" + argument + "' on '" + info.name()
                            + "'; allowed: limit, order");
                }
            }
            limit = nestedLimit(info, block.arguments().get("limit"));
            String orderText = block.arguments().get("order");
            order = orderText == null ? null : OrderClause.parse(orderText, fields.fieldsOf(info.relation()));
        }
        FieldSelection nested = resolveBlock(fields.fieldsOf(info.relation()), block);
        return new SelectedField(info, nested, limit, order);
    }

    private Integer nestedLimit(FieldInfo info, String text) {
        if (text == null) {
            return null;
        }
        long value = PageRequest.positive("limit of '" + info.name() + "'", text);
        if (value > maxNestedLimit) {
            throw GatewayException.badRequest("The limit of '" + info.name() + "' must be at most " + maxNestedLimit);
        }
        return (int) value;
    }
}
