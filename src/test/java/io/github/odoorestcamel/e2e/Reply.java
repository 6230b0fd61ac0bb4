package io.github.odoorestcamel.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A gateway answer as a test sees it. */
public record Reply(int status, HttpResponse<byte[]> raw) {

    public String body() {
        return new String(raw.body(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        return raw.body();
    }

    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(raw.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + status + "): " + body(), e);
        }
    }

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    /** The error message of an error body. */
    public String errorMessage() {
        return json().path("error").path("message").asText();
    }
}
