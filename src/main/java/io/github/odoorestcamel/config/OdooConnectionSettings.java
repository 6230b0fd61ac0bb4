package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.odoo.http.OdooHttpSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Odoo behind the gateway ({@code odoo.url}, {@code odoo.http.*}), and the databases its
 * clients may choose ({@code odoo.db}, always allowed, and {@code odoo.databases}).
 */
public record OdooConnectionSettings(String url, Databases databases, Duration connectTimeout, Duration answerTimeout,
                                     int maxConnections, Duration idleTimeout, long maxResponseBytes, int readyConnections,
                                     Duration readyMaxIdle) {

    public OdooConnectionSettings {
        if (readyConnections < 0) {
            throw new IllegalArgumentException("odoo.http.ready-connections must be 0 or more, not " + readyConnections);
        }
        if (readyConnections > 0 && readyMaxIdle.isZero()) {
            throw new IllegalArgumentException("odoo.http.ready-connection-max-idle-ms must be more than 0 when connections are kept ready");
        }
    }

    public static OdooConnectionSettings read(SettingsReader settings) {
        String defaultDb = settings.text("odoo.db");
        Set<String> allowed = new LinkedHashSet<>(settings.list("odoo.databases"));
        allowed.add(defaultDb);
        return new OdooConnectionSettings(settings.text("odoo.url"), new Databases(defaultDb, allowed),
                settings.millis("odoo.http.connect-timeout-ms"), settings.millis("odoo.http.timeout-ms"),
                settings.integer("odoo.http.max-connections"), settings.seconds("odoo.http.idle-timeout"),
                settings.number("odoo.http.max-response-bytes"), settings.integer("odoo.http.ready-connections"),
                settings.millis("odoo.http.ready-connection-max-idle-ms"));
    }

    /** How to talk to the Odoo at {@code url}: the gateway's own, or another one an {@code odoo:} endpoint names. */
    public OdooHttpSettings http(String url) {
        return new OdooHttpSettings(url, connectTimeout, answerTimeout, maxConnections, idleTimeout, maxResponseBytes,
                readyConnections, readyMaxIdle);
    }
}
