package io.github.odoorestcamel.sim;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Users, their passwords and API keys, and the open sessions: who a request is, on every dialect. */
final class SimAccounts {

    static final Map<String, Integer> UIDS = Map.of("admin", 2, "demo", 6);
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin", "demo", "demo");

    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>(PASSWORDS);
    private final Map<String, Integer> apiKeys = new ConcurrentHashMap<>(Map.of(OdooSimulator.ADMIN_API_KEY, 2));
    private final SecureRandom random = new SecureRandom();

    String openSession(String login) {
        String id = newToken();
        sessions.put(id, UIDS.get(login));
        return id;
    }

    /** A login with its password: the new session id (01), or AccessDenied (02). */
    String logIn(String login, String password) {
        if (!password.equals(passwords.get(login))) {
            throw OdooFault.accessDenied();
        }
        return openSession(login);
    }

    void endSession(String sessionId) {
        if (sessionId != null) {
            sessions.remove(sessionId);
        }
    }

    /** The user of a session; an unknown or expired one is Odoo's SessionExpiredException (36, 90, 91). */
    int uidOfSession(String sessionId) {
        Integer uid = sessionId == null ? null : sessions.get(sessionId);
        if (uid == null) {
            throw OdooFault.sessionExpired();
        }
        return uid;
    }

    /** The user of an API key, or null. */
    Integer uidOfApiKey(String key) {
        return apiKeys.get(key);
    }

    /** /jsonrpc takes the password or an API key alike (A3, A4). */
    boolean validSecret(int uid, String secret) {
        String login = UIDS.entrySet().stream().filter(e -> e.getValue() == uid).map(Map.Entry::getKey).findFirst().orElse("");
        return secret.equals(passwords.get(login)) || Integer.valueOf(uid).equals(apiKeys.get(secret));
    }

    String newApiKey(String login) {
        String key = newToken();
        apiKeys.put(key, UIDS.get(login));
        return key;
    }

    void revokeApiKey(String key) {
        apiKeys.remove(key);
    }

    void changePassword(String login, String password) {
        passwords.put(login, password);
    }

    String newToken() {
        return HexFormat.of().formatHex(random.generateSeed(20));
    }
}
