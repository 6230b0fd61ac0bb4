package io.github.odoorestcamel.cors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which browser origins may call the API, and the CORS headers that tell them so. No origin
 * listed: closed, no CORS header at all. A listed origin is echoed and may send credentials
 * (the session cookie); {@code *} lets any other origin read answers, never with credentials.
 */
public final class CorsPolicy {

    private static final String ANY = "*";

    private final Set<String> origins;
    private final String methods;
    private final String headers;
    private final String exposed;
    private final long maxAgeSeconds;

    public CorsPolicy(Set<String> origins, Set<String> methods, Set<String> headers, Set<String> exposed, long maxAgeSeconds) {
        this.origins = Set.copyOf(origins);
        this.methods = String.join(", ", methods);
        this.headers = String.join(", ", headers);
        this.exposed = String.join(", ", exposed);
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public boolean enabled() {
        return !origins.isEmpty();
    }

    public boolean allows(String origin) {
        return origin != null && (origins.contains(origin) || origins.contains(ANY));
    }

    /** Headers for an answer to a request from this origin (empty when it is not allowed). */
    public Map<String, String> forRequest(String origin) {
        Map<String, String> answer = new LinkedHashMap<>();
        if (!allows(origin)) {
            return answer;
        }
        if (origins.contains(origin)) {
            answer.put("Access-Control-Allow-Origin", origin);
            answer.put("Access-Control-Allow-Credentials", "true");
        } else {
            answer.put("Access-Control-Allow-Origin", ANY);
        }
        if (!exposed.isEmpty()) {
            answer.put("Access-Control-Expose-Headers", exposed);
        }
        return answer;
    }

    /** Headers for the answer to a preflight from this origin (empty when it is not allowed). */
    public Map<String, String> forPreflight(String origin) {
        Map<String, String> answer = forRequest(origin);
        if (answer.isEmpty()) {
            return answer;
        }
        answer.remove("Access-Control-Expose-Headers");
        answer.put("Access-Control-Allow-Methods", methods);
        answer.put("Access-Control-Allow-Headers", headers);
        answer.put("Access-Control-Max-Age", String.valueOf(maxAgeSeconds));
        return answer;
    }
}
