package io.github.odoorestcamel.odoo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request acts as, and how the gateway reaches Odoo for them: an interactive session
 * ({@code session}), an API key over {@code /jsonrpc} (Odoo 14–18) or over JSON-2 (Odoo ≥ 19).
 * The secret (session id or key) is only ever sent to Odoo; {@link #toString()} never shows it.
 * {@code principal} identifies the user for caches without holding the secret: the uid, or a
 * hash of the key.
 */
public record Caller(Transport transport, String secret, String login, String db, int uid, String lang, String principal) {

    public enum Transport { SESSION, JSONRPC, JSON2 }

    public static Caller session(String sessionId, String db, int uid, String lang) {
        return new Caller(Transport.SESSION, sessionId, null, db, uid, lang, "uid:" + uid);
    }

    public static Caller jsonRpc(String db, String login, int uid, String apiKey) {
        return new Caller(Transport.JSONRPC, apiKey, login, db, uid, "", "uid:" + uid);
    }

    /**
     * A JSON-2 caller: Odoo knows the user from the key alone, so caches know them by a hash of the
     * key (computed once here, not on every cache lookup).
     */
    public static Caller json2(String db, String apiKey) {
        return new Caller(Transport.JSON2, apiKey, null, db, 0, "", "key:" + sha256(apiKey));
    }

    /** The user as Odoo's messages name them. */
    public String userLabel() {
        return uid > 0 ? String.valueOf(uid) : "api-key";
    }

    @Override
    public String toString() {
        return "Caller[" + transport + ", db=" + db + ", " + (uid > 0 ? "uid=" + uid : "api key") + "]";
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Looking the algorithm up costs more than hashing a session id: each thread keeps its own digest. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
