package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.ErrorKind;
import java.util.Arrays;
import java.util.Optional;

/** The single table from the kind of a failure to the HTTP status the REST API answers. */
public final class HttpStatuses {

    private HttpStatuses() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case ACCESS_ERROR -> 403;
            case MISSING -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONCURRENT_UPDATE -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case URI_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case VALIDATION -> 422;
            case HEADERS_TOO_LARGE -> 431;
            case INTERNAL -> 500;
            case UNREACHABLE -> 502;
            case UNAVAILABLE -> 503;
            case TIMEOUT -> 504;
        };
    }

    /** The kind the REST API answers with this status, when there is one. */
    public static Optional<ErrorKind> kindOf(int status) {
        return Arrays.stream(ErrorKind.values()).filter(kind -> of(kind) == status).findFirst();
    }
}
