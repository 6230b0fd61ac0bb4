package io.github.odoorestcamel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.Test;

/** GET /openapi.json, read by a real OpenAPI parser. */
class OpenApiTest {

    private static final RunningGateway GATEWAY = RunningGateway.odoo(17);
    private static final Set<String> ERROR_STATUSES = Set.of("400", "401", "403", "404", "500", "502", "504");

    private static OpenAPI parse(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertTrue(result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        assertNotNull(result.getOpenAPI());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        return result.getOpenAPI();
    }

    @Test
    void everyRestEndpointOfTheGatewayIsDescribed() {
        OpenAPI api = parse(GATEWAY.get("/openapi.json"));
        Set<String> served = new TreeSet<>();
        for (RestDefinition rest : ((ModelCamelContext) GATEWAY.camel()).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = (rest.getPath() == null ? "" : rest.getPath()) + verb.getPath();
                served.add(verb.asVerb().toUpperCase() + " " + path);
            }
        }
        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> described.add(method.name() + " " + path)));
        served.remove("GET /docs/{file}");
        // served in front of the routes, as it streams (ChangeStreamEndpoint)
        served.add("GET /api/{model}/changes");
        assertEquals(served, described);
    }

    @Test
    void readsDescribeTheQueryLanguageFilterOrderPagingAndContext() {
        OpenAPI api = parse(GATEWAY.get("/openapi.json"));
        Operation list = api.getPaths().get("/api/{model}").getGet();
        Map<String, Parameter> declared = api.getComponents().getParameters();
        List<Parameter> parameters = list.getParameters().stream()
                .map(p -> p.get$ref() == null ? p : declared.get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1))).toList();
        Set<String> names = parameters.stream().map(Parameter::getName).collect(Collectors.toSet());
        assertEquals(Set.of("query", "filter", "order", "page_size", "page", "limit", "context"), names);
        assertTrue(parameters.stream().filter(p -> p.getName().equals("query")).findFirst().orElseThrow()
                .getDescription().contains("{*}"));
        assertNotNull(list.getResponses().get("200").getHeaders().get("X-Total-Count"));
    }

    @Test
    void everyOperationDescribesTheErrorBodyAndStatuses() {
        OpenAPI api = parse(GATEWAY.get("/openapi.json"));
        Schema<?> error = api.getComponents().getSchemas().get("Error");
        assertEquals(Set.of("jsonrpc", "id", "error"), Set.copyOf(error.getRequired()));
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            if (path.getKey().startsWith("/api/") || path.getKey().startsWith("/object/")) {
                for (Operation operation : path.getValue().readOperations()) {
                    assertTrue(operation.getResponses().keySet().containsAll(ERROR_STATUSES),
                            path.getKey() + " " + operation.getOperationId() + ": " + operation.getResponses().keySet());
                    assertFalse(operation.getSecurity().isEmpty(), operation.getOperationId());
                }
            }
        }
        for (Operation write : List.of(api.getPaths().get("/api/{model}").getPost(), api.getPaths().get("/api/{model}/{id}").getPut())) {
            assertTrue(write.getResponses().keySet().containsAll(Set.of("409", "413", "415", "422")), write.getOperationId());
        }
    }

    @Test
    void aModelSchemaComesFromTheCallersFieldsGet() {
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        OpenAPI api = parse(GATEWAY.getAs(session, "/openapi.json?models=res.partner,res.country"));
        assertEquals(2, GATEWAY.odoo.callsTo("fields_get"));
        Schema<?> partner = api.getComponents().getSchemas().get("res.partner");
        assertNotNull(partner);
        assertEquals(Set.of("string", "boolean"), partner.getProperties().get("email").getTypes());
        assertEquals(Set.of("boolean"), partner.getProperties().get("is_company").getTypes());
        Schema<?> country = partner.getProperties().get("country_id");
        assertTrue(country.getAnyOf().stream().anyMatch(s -> "#/components/schemas/res.country".equals(s.get$ref())), country.toString());
        Schema<?> tags = partner.getProperties().get("category_id");
        assertEquals(Set.of("array"), tags.getTypes());
        assertTrue(tags.getItems().getAnyOf().stream().anyMatch(s -> s.getTypes() != null && s.getTypes().contains("integer")));
        assertTrue(partner.getProperties().get("id").getReadOnly());
        Schema<?> category = parse(GATEWAY.getAs(session, "/openapi.json?models=res.partner.category"))
                .getComponents().getSchemas().get("res.partner.category");
        assertTrue(category.getRequired().contains("name"), "Odoo's required fields are required");
        Operation typed = api.getPaths().get("/api/res.partner/{id}").getGet();
        assertEquals("#/components/schemas/res.partner", typed.getResponses().get("200").getContent().get("application/json").getSchema().get$ref());
    }

    @Test
    void aModelSchemaShowsOnlyTheFieldsTheCallerSees() {
        String admin = GATEWAY.login("admin");
        String demo = GATEWAY.login("demo");
        Set<String> asAdmin = parse(GATEWAY.getAs(admin, "/openapi.json?models=res.users"))
                .getComponents().getSchemas().get("res.users").getProperties().keySet();
        Set<String> asDemo = parse(GATEWAY.getAs(demo, "/openapi.json?models=res.users"))
                .getComponents().getSchemas().get("res.users").getProperties().keySet();
        assertTrue(asAdmin.contains("totp_secret"), asAdmin.toString());
        assertFalse(asDemo.contains("totp_secret"), asDemo.toString());
        assertTrue(asAdmin.containsAll(asDemo));
    }

    @Test
    void modelsNeedCredentialsAndValidNames() {
        assertEquals(401, GATEWAY.get("/openapi.json?models=res.partner").status());
        String session = GATEWAY.login("admin");
        GATEWAY.odoo.resetCalls();
        Reply bad = GATEWAY.getAs(session, "/openapi.json?models=res.partner,Bad%20Name");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(0, GATEWAY.odoo.callCount());
        assertEquals(404, GATEWAY.getAs(session, "/openapi.json?models=no.such.model").status());
        Reply many = GATEWAY.getAs(session, "/openapi.json?models=" + String.join(",",
                java.util.stream.IntStream.range(0, 51).mapToObj(i -> "m" + i).toList()));
        assertEquals(400, many.status(), many.body());
    }
}
