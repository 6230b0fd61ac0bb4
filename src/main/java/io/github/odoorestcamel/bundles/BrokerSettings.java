package io.github.odoorestcamel.bundles;

import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;

/** The broker of feed and commands ({@code broker.*}). */
public record BrokerSettings(String url, String user, String password) {

    public static BrokerSettings read(SettingsReader settings) {
        return new BrokerSettings(settings.text("broker.url"), settings.text("broker.user"), settings.text("broker.password"));
    }

    @Override
    public String toString() {
        return "BrokerSettings[url=" + url + ", user=" + user + ", password=" + Secret.shown(password) + "]";
    }
}
