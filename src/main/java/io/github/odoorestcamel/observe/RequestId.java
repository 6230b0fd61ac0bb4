package io.github.odoorestcamel.observe;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id an answer and its log lines carry: the client's {@code X-Request-Id} when it is a sane
 * token (so a caller can follow its own id through the logs), else a fresh one. Anything else the
 * client sends there is never echoed nor logged.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestId() {
    }

    public static String of(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }
}
