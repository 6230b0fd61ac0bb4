package io.github.odoorestcamel.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Every {@code -Dbench.*} option of the load benchmark, read in this one place; an option given
 * empty (as the build passes the ones left unset) takes its default.
 */
record BenchOptions(Duration seconds, Duration warmup, Duration gatewayWarmup, String gatewayJvm, String jar,
        long upstreamLatencyMillis, boolean upstreamConnectionClose, String odooUrl, String odooDb, String odooLogin,
        String odooPassword, List<String> scenarios, int[] concurrency, long gapsLatencyMillis, int gapsCount) {

    static BenchOptions fromSystemProperties() {
        return new BenchOptions(Duration.ofSeconds(Long.parseLong(option("bench.seconds", "5"))),
                Duration.ofSeconds(Long.parseLong(option("bench.warmup", "2"))),
                Duration.ofSeconds(Long.parseLong(option("bench.gateway-warmup", "60"))),
                option("bench.gateway.jvm", ""),
                option("bench.jar", "target/odoo-rest-camel-0.1.0-SNAPSHOT.jar"),
                Long.parseLong(option("bench.upstream-latency-ms", "0")),
                Boolean.parseBoolean(option("bench.upstream-connection-close", "false")),
                option("bench.odoo.url", null),
                option("bench.odoo.db", "odoo"),
                option("bench.odoo.login", "admin"),
                option("bench.odoo.password", "admin"),
                List.of(option("bench.scenarios", "nested80,single,flat1000,create").split(",")),
                Arrays.stream(option("bench.concurrency", "1,8,64").split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray(),
                Long.parseLong(option("bench.gaps.upstream-latency-ms", "5")),
                Integer.parseInt(option("bench.gaps.requests", "600")));
    }

    /** Against a real Odoo rather than the simulator behind the replaying stand-in. */
    boolean realOdoo() {
        return odooUrl != null;
    }

    private static String option(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
