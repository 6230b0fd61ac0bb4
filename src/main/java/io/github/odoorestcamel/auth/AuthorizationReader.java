package io.github.odoorestcamel.auth;

import io.github.odoorestcamel.error.GatewayException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads API-key credentials from {@code Authorization}: {@code Basic base64(login:apikey)} or
 * {@code Bearer <apikey>} (with the login in {@code X-Odoo-Login} for Odoo before 19), and the
 * database from {@code X-Odoo-Database}, which must be one the gateway serves.
 */
public final class AuthorizationReader {

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{8,256}$");
    private static final Pattern LOGIN = Pattern.compile("^[^\\x00-\\x1F\\x7F]{1,256}$");

    private final Databases databases;

    public AuthorizationReader(Databases databases) {
        this.databases = databases;
    }

    /** The API-key credentials of the request, or null when it has no Authorization header. */
    public Credentials read(CredentialSource request) {
        String header = request.header("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.strip().split("\\s+", 2);
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        String value = parts.length > 1 ? parts[1].strip() : "";
        String login;
        String key;
        if (scheme.equals("basic")) {
            String decoded = decode(value);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw GatewayException.unauthenticated("Basic credentials must be base64(login:apikey)");
            }
            login = decoded.substring(0, colon);
            key = decoded.substring(colon + 1);
        } else if (scheme.equals("bearer")) {
            login = request.header("X-Odoo-Login");
            key = value;
        } else {
            throw GatewayException.unauthenticated("Unsupported Authorization scheme: use Basic or Bearer");
        }
        if (!KEY.matcher(key).matches()) {
            throw GatewayException.unauthenticated("Malformed API key");
        }
        if (login != null && !LOGIN.matcher(login).matches()) {
            throw GatewayException.unauthenticated("Malformed login");
        }
        return Credentials.apiKey(login, key, databases.choose(request.header("X-Odoo-Database")));
    }

    private static String decode(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GatewayException.unauthenticated("Basic credentials are not valid base64");
        }
    }
}
