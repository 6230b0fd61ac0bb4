package io.github.odoorestcamel.bundles.webhooks;

import io.github.odoorestcamel.bundles.PolledModels;
import io.github.odoorestcamel.core.CommaSeparated;
import io.github.odoorestcamel.config.Secret;
import io.github.odoorestcamel.config.SettingsReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One HTTP receiver of the webhooks bundle, from {@code webhooks.<name>.*}: where events are posted
 * ({@code url}), the models it gets ({@code models}), the fields of each ({@code query.<model>},
 * else {@code query}, else every field), the secret they are signed with ({@code secret}) and extra
 * request headers ({@code headers}: {@code Name: value}, comma-separated).
 */
public record WebhookReceiver(String name, URI url, Map<String, String> queries, WebhookSigner signer, Map<String, String> headers) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public static WebhookReceiver read(SettingsReader settings, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The receiver name '" + name + "' in webhooks.receivers may hold only letters, digits, - and _");
        }
        String prefix = "webhooks." + name + ".";
        URI url = url(required(settings, prefix + "url"), prefix + "url");
        Map<String, String> queries = new LinkedHashMap<>();
        String shared = settings.optional(prefix + "query").orElse(PolledModels.EVERY_FIELD);
        for (String model : CommaSeparated.split(required(settings, prefix + "models"))) {
            queries.put(model, settings.optional(prefix + "query." + model).orElse(shared));
        }
        WebhookSigner signer = WebhookSigner.ofSecret(required(settings, prefix + "secret"), named(prefix + "secret"));
        return new WebhookReceiver(name, url, Collections.unmodifiableMap(queries), signer,
                headers(settings.optional(prefix + "headers"), named(prefix + "headers")));
    }

    @Override
    public String toString() {
        return "WebhookReceiver[name=" + name + ", url=" + url + ", models=" + queries.keySet() + ", secret=(set), headers="
                + headers.keySet().stream().map(header -> header + ": " + Secret.shown(headers.get(header))).toList() + "]";
    }

    private static String required(SettingsReader settings, String key) {
        return settings.optional(key).orElseThrow(() -> new IllegalStateException("The webhooks bundle is on but " + named(key) + " is not set"));
    }

    private static URI url(String text, String key) {
        try {
            URI url = new URI(text);
            String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with the setting's name
        }
        throw new IllegalArgumentException("The setting " + named(key) + " is not an http:// or https:// URL");
    }

    /**
     * Extra headers; the webhook-* headers and Content-Type are the bundle's own, which a receiver
     * checks the signature by, and cannot be replaced.
     */
    static Map<String, String> headers(Optional<String> setting, String named) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String entry : CommaSeparated.split(setting.orElse(""))) {
            int colon = entry.indexOf(':');
            String header = colon < 0 ? entry : entry.substring(0, colon).strip();
            String lower = header.toLowerCase(Locale.ROOT);
            if (colon < 0 || !HEADER_NAME.matcher(header).matches() || lower.startsWith("webhook-") || lower.equals("content-type")) {
                throw new IllegalArgumentException("The setting " + named + " holds an entry that is not 'Name: value' with a header"
                        + " name of its own (not webhook-* nor Content-Type): " + header);
            }
            headers.put(header, entry.substring(colon + 1).strip());
        }
        return Collections.unmodifiableMap(headers);
    }

    /** A setting as the messages name it: its key and the environment variable that overrides it. */
    static String named(String key) {
        return key + " (" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }
}
