package io.github.odoorestcamel.read;

import io.github.odoorestcamel.schema.FieldInfo;

/**
 * One field to read and render. {@code nested} is set when the query asked for sub-fields of a
 * relation; {@code limit} and {@code order} only ever come with a nested one2many/many2many.
 */
public record SelectedField(FieldInfo info, FieldSelection nested, Integer limit, String order) {

    public static SelectedField flat(FieldInfo info) {
        return new SelectedField(info, null, null, null);
    }

    public String name() {
        return info.name();
    }

    public boolean isNested() {
        return nested != null;
    }
}
