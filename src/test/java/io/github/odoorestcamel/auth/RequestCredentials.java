package io.github.odoorestcamel.auth;

import java.util.Map;
import java.util.TreeMap;

/** A request's headers and query parameters, as the credential readers see them. */
final class RequestCredentials implements CredentialSource {

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> params = new TreeMap<>();

    private RequestCredentials() {
    }

    /** A request with the given query string ({@code a=1&b=2}, or null) and header name/value pairs. */
    static RequestCredentials request(String query, String... headers) {
        RequestCredentials request = new RequestCredentials();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                request.params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.headers.put(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Override
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public String param(String name) {
        return params.get(name);
    }
}
