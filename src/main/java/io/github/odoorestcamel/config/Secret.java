package io.github.odoorestcamel.config;

/** How a secret setting shows in a settings record's {@code toString}: whether it is set, never its value. */
public final class Secret {

    private Secret() {
    }

    public static String shown(String value) {
        return value == null || value.isEmpty() ? "(unset)" : "(set)";
    }
}
