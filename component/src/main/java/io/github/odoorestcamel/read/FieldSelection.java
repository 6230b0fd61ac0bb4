package io.github.odoorestcamel.read;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields to read from one model, in the order they are rendered. */
public record FieldSelection(String model, List<SelectedField> fields, Set<String> names) {

    public FieldSelection(String model, List<SelectedField> fields) {
        this(model, List.copyOf(fields), fields.stream().map(SelectedField::name).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean hasField(String name) {
        return names.contains(name);
    }

    public List<SelectedField> nestedFields() {
        return fields.stream().filter(SelectedField::isNested).toList();
    }
}
