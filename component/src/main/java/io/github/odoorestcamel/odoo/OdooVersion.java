package io.github.odoorestcamel.odoo;

import com.fasterxml.jackson.databind.JsonNode;

/** The server version Odoo reports in {@code /web/webclient/version_info}. */
public record OdooVersion(int major, int minor, String serie) {

    public static OdooVersion from(JsonNode versionInfo) {
        JsonNode info = versionInfo.path("server_version_info");
        if (info.isArray() && info.size() >= 2 && info.get(0).canConvertToInt()) {
            return new OdooVersion(info.get(0).asInt(), info.get(1).asInt(), versionInfo.path("server_serie").asText());
        }
        String serie = versionInfo.path("server_serie").asText(versionInfo.path("server_version").asText(""));
        String[] parts = serie.replaceAll("^saas~", "").split("[.\\-]");
        try {
            return new OdooVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0, serie);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Unrecognised Odoo version: " + serie, e);
        }
    }

    /** Odoo 17 introduced {@code web_search_read}/{@code web_read} with a nested {@code specification}. */
    public boolean readsWithSpecification() {
        return major >= 17;
    }

    /** Odoo 19 introduced the JSON-2 API ({@code /json/2/<model>/<method>}, bearer API keys). */
    public boolean hasJson2() {
        return major >= 19;
    }
}
