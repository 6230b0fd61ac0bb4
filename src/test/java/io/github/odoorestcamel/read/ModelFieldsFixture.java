package io.github.odoorestcamel.read;

import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field lists for tests and benchmarks, written as {@code "name:type"} or {@code "name:type:relation"}. */
public final class ModelFieldsFixture {

    private ModelFieldsFixture() {
    }

    public static ModelFields model(String model, String... specs) {
        Map<String, FieldInfo> map = new LinkedHashMap<>();
        for (String spec : specs) {
            String[] p = spec.split(":");
            map.put(p[0], new FieldInfo(p[0], p[1], p.length > 2 ? p[2] : null));
        }
        return new ModelFields(model, map);
    }
}
