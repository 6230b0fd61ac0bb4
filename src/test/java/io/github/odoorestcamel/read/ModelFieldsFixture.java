package io.github.odoorestcamel.read;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field lists for tests and benchmarks, written as {@code "name:type"} or {@code "name:type:relation"}. */
public final class ModelFieldsFixture {

    /** Partners with their country, tags and children, as the unit tests of reads and domains use them. */
    public static final FieldsSource PARTNERS = model -> switch (model) {
        case "res.partner" -> model(model, "id:integer", "name:char", "country_id:many2one:res.country",
                "category_id:many2many:res.partner.category", "child_ids:one2many:res.partner", "write_date:datetime");
        case "res.country" -> model(model, "id:integer", "name:char", "code:char");
        case "res.partner.category" -> model(model, "id:integer", "name:char");
        default -> throw GatewayException.notFound(model);
    };

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
