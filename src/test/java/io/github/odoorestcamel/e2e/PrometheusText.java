package io.github.odoorestcamel.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of the Prometheus text format, as a scraper would. */
public record PrometheusText(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The sum of the samples of this name whose labels include all the given ones (0 when none). */
    public double value(String name, Map<String, String> labels) {
        return samples(name, labels).stream().mapToDouble(Double::doubleValue).sum();
    }

    public boolean has(String name, Map<String, String> labels) {
        return !samples(name, labels).isEmpty();
    }

    private List<Double> samples(String name, Map<String, String> labels) {
        List<Double> values = new ArrayList<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(name) && hasLabels(sample.group(3), labels)) {
                values.add(Double.parseDouble(sample.group(4)));
            }
        }
        return values;
    }

    private static boolean hasLabels(String text, Map<String, String> wanted) {
        Map<String, String> found = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                found.put(label.group(1), label.group(2));
            }
        }
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(found.get(e.getKey())));
    }
}
