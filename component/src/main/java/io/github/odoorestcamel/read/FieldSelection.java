package io.github.odoorestcamel.read;

import io.github.odoorestcamel.schema.FieldInfo;
import java.util.ArrayList;
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

    /** This selection and, after its own fields, those of {@code more} it does not have yet. */
    public FieldSelection with(List<FieldInfo> more) {
        List<SelectedField> all = new ArrayList<>(fields);
        more.stream().filter(info -> !hasField(info.name())).forEach(info -> all.add(SelectedField.flat(info)));
        return all.size() == fields.size() ? this : new FieldSelection(model, all);
    }

    public List<SelectedField> nestedFields() {
        return fields.stream().filter(SelectedField::isNested).toList();
    }
}
