package io.github.odoorestcamel.read;

import java.util.List;

/** The fields to read from one model, in the order they are rendered. */
public record FieldSelection(String model, List<SelectedField> fields) {

    public FieldSelection {
        fields = List.copyOf(fields);
    }

    public List<SelectedField> nestedFields() {
        return fields.stream().filter(SelectedField::isNested).toList();
    }
}
