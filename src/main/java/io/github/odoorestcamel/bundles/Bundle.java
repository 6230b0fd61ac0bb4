package io.github.odoorestcamel.bundles;

import java.util.Locale;

/** A set of routes switched on as a whole by the setting {@code bundles}; its YAML lives in routes/&lt;name&gt;/. */
public enum Bundle {
    REST, MIRROR, FEED, COMMANDS, WEBHOOKS;

    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Camel resource pattern of the bundle's route files, as packed in the jar. */
    public String routesPattern() {
        return "classpath:routes/" + settingName() + "/*.yaml";
    }

    /** Feed and commands talk to the broker: part of their routes depends on its kind. */
    public boolean usesBroker() {
        return this == FEED || this == COMMANDS;
    }

    /** The Camel resource pattern of the route files of a bundle that uses the broker, for one kind of broker. */
    public String routesPattern(BrokerKind broker) {
        return "classpath:routes/" + settingName() + "/" + broker.settingName() + "/*.yaml";
    }

    /** Every bundle but the REST API runs without a caller, as the service account. */
    public boolean actsAsServiceAccount() {
        return this != REST;
    }
}
