package io.github.odoorestcamel.bundles.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as the Standard Webhooks specification says: HMAC-SHA256 with the secret's
 * bytes over {@code id.timestamp.body}, sent as {@code webhook-signature: v1,<base64>}, so that a
 * receiver can check it with any of the specification's libraries.
 */
public final class WebhookSigner {

    /** The prefix the specification gives secrets; what follows it is the key in base64. */
    public static final String SECRET_PREFIX = "whsec_";

    private final SecretKeySpec key;

    private WebhookSigner(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * The signer of a secret in the specification's form, {@code whsec_} and base64; the prefix may be
     * left out, as its libraries allow. {@code setting} names where the secret came from, never its value.
     */
    public static WebhookSigner ofSecret(String secret, String setting) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The setting " + setting + " is not a Standard Webhooks secret: whsec_ and base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("The setting " + setting + " holds an empty secret");
        }
        return new WebhookSigner(key);
    }

    /** The value of the header {@code webhook-signature}. */
    public String signature(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
