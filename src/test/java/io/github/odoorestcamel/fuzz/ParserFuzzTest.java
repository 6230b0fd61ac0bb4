package io.github.odoorestcamel.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.odoorestcamel.SettingDefaults;
import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.OrderClause;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.query.QueryParser;
import io.github.odoorestcamel.read.ModelFieldsFixture;
import io.github.odoorestcamel.read.PageRequest;
import io.github.odoorestcamel.read.SelectionResolver;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;

/**
 * Random and mutated queries, filters, orders and paging values: the only failure allowed is a
 * 400 {@link GatewayException}; anything else (an unexpected exception, a 500) fails. Without
 * JAZZER_FUZZ set, the saved corpus in src/test/resources replays as a regression test.
 */
class ParserFuzzTest {

    private static final QueryLimits LIMITS = new QueryLimits(4096, 10, 200);
    private static final ModelFields PARTNER = ModelFieldsFixture.model("res.partner", "id:integer", "name:char",
            "country_id:many2one:res.country", "child_ids:one2many:res.partner", "category_id:many2many:res.partner.category");
    private static final FieldsSource FIELDS = model -> switch (model) {
        case "res.partner" -> PARTNER;
        case "res.country" -> ModelFieldsFixture.model(model, "id:integer", "name:char", "code:char");
        default -> ModelFieldsFixture.model(model, "id:integer", "name:char");
    };

    @FuzzTest(maxDuration = "30s")
    void queryFilterOrderAndPagingOnlyEverFailAsBadRequests(FuzzedDataProvider data) {
        String query = data.consumeString(512);
        String filter = data.consumeString(512);
        String order = data.consumeString(64);
        String pageSize = data.consumeString(12);
        String page = data.consumeString(12);
        expectOnlyBadRequest(() -> new SelectionResolver(FIELDS, 1000).resolve("res.partner", QueryParser.parse(query, LIMITS)));
        expectOnlyBadRequest(() -> DomainFilter.checkFields(DomainFilter.parse(filter, SettingDefaults.domainLimits()), PARTNER));
        expectOnlyBadRequest(() -> OrderClause.parse(order, PARTNER));
        expectOnlyBadRequest(() -> PageRequest.of(pageSize, page, data.consumeRemainingAsString(), 1000, 10_000));
    }

    private static void expectOnlyBadRequest(Runnable action) {
        try {
            action.run();
        } catch (GatewayException e) {
            if (e.kind() != ErrorKind.INVALID_INPUT) {
                throw new AssertionError("expected a 400, got " + e.kind() + ": " + e.getMessage(), e);
            }
        }
    }

}
