package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;

/** The broker of feed and commands ({@code broker.*}): its kind, where it is, and who the gateway is there. */
public record BrokerSettings(BrokerKind kind, String url, String user, String password) {

    public static BrokerSettings read(SettingsReader settings) {
        return new BrokerSettings(BrokerKind.parse(settings.text("broker.kind")), settings.text("broker.url"), settings.text("broker.user"),
                settings.text("broker.password"));
    }

    @Override
    public String toString() {
        return "BrokerSettings[kind=" + kind + ", url=" + url + ", user=" + user + ", password=" + Secret.shown(password) + "]";
    }
}
