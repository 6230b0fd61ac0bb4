package io.github.odoorestcamel.schema;

/** Gives the fields of a model as the current user sees them. */
@FunctionalInterface
public interface FieldsSource {

    ModelFields fieldsOf(String model);
}
