package io.github.odoorestcamel.server;

/**
 * Whether a path or query string can be percent-decoded: every {@code %} must be followed by two
 * hexadecimal digits. The HTTP layer throws on anything else while routing, which would surface
 * as a plain-text 400 and a logged stack trace holding the whole URI.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    public static boolean decodable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 3)) {
            if (i + 2 >= text.length() || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
