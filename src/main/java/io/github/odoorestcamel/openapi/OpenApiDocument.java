package io.github.odoorestcamel.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.schema.FieldsGet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenAPI 3.1 document of the gateway: the endpoints as written in
 * {@code openapi/gateway.json}, plus, for the models a caller asks for, a schema per model from
 * that caller's {@code fields_get} and typed read paths ({@code GET /api/res.partner},
 * {@code GET /api/res.partner/{id}}) that answer with it, so client generators produce typed models.
 */
public final class OpenApiDocument {

    private static final String RESOURCE = "/openapi/gateway.json";

    private final ObjectNode endpoints;
    private final OdooClient odoo;

    public OpenApiDocument(OdooClient odoo) {
        this.odoo = odoo;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.endpoints = (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoints alone; needs no call to Odoo. */
    public ObjectNode endpoints() {
        return endpoints.deepCopy();
    }

    /**
     * The endpoints and the given models as the caller sees them: one {@code fields_get} per model,
     * asked afresh rather than from the catalog's cache, so the document shows the fields as they are now.
     */
    public ObjectNode withModels(Caller caller, List<String> models) {
        ObjectNode document = endpoints();
        Set<String> documented = new LinkedHashSet<>(models);
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        ObjectNode paths = (ObjectNode) document.path("paths");
        for (String model : documented) {
            schemas.set(model, ModelSchema.of(FieldsGet.ask(odoo, caller, model), documented));
            paths.set("/api/" + model, typedList(document, model));
            paths.set("/api/" + model + "/{id}", typedRecord(document, model));
        }
        return document;
    }

    private static ObjectNode typedList(ObjectNode document, String model) {
        ObjectNode get = ((ObjectNode) document.path("paths").path("/api/{model}").path("get")).deepCopy();
        get.put("operationId", "list_" + model.replace('.', '_')).put("summary", "Records of " + model);
        ArrayNode page = success(get).putObject("schema").putArray("allOf");
        page.addObject().put("$ref", "#/components/schemas/Page");
        page.addObject().put("type", "object").putObject("properties").putObject("result").put("type", "array")
                .putObject("items").put("$ref", "#/components/schemas/" + model);
        return Json.NODES.objectNode().set("get", get);
    }

    private static ObjectNode typedRecord(ObjectNode document, String model) {
        ObjectNode pathItem = Json.NODES.objectNode();
        pathItem.putArray("parameters").addObject().put("$ref", "#/components/parameters/id");
        ObjectNode get = ((ObjectNode) document.path("paths").path("/api/{model}/{id}").path("get")).deepCopy();
        get.put("operationId", "get_" + model.replace('.', '_')).put("summary", "One record of " + model);
        success(get).putObject("schema").put("$ref", "#/components/schemas/" + model);
        pathItem.set("get", get);
        return pathItem;
    }

    private static ObjectNode success(ObjectNode operation) {
        return (ObjectNode) operation.path("responses").path("200").path("content").path("application/json");
    }
}
