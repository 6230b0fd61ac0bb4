package io.github.odoorestcamel.bundles;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The broker of feed and commands ({@code broker.kind}). A bundle that talks to the broker keeps
 * what does not depend on it in routes/&lt;bundle&gt;/*.yaml and the rest in
 * routes/&lt;bundle&gt;/&lt;kind&gt;/*.yaml, of which only the chosen kind's files are loaded.
 */
public enum BrokerKind {
    /** Apache ActiveMQ Artemis, through JMS. */
    ARTEMIS,
    /** Apache Kafka. */
    KAFKA;

    public static BrokerKind parse(String setting) {
        String wanted = setting.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.settingName().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown broker.kind (BROKER_KIND) '" + setting + "': use "
                        + Arrays.stream(values()).map(BrokerKind::settingName).collect(Collectors.joining(" or "))));
    }

    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
