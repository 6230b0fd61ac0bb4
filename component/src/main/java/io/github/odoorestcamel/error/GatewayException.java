package io.github.odoorestcamel.error;

import java.util.List;

/**
 * A failure the client is told about: what kind it is (which fixes the HTTP status), the name of the
 * error (Odoo's exception name, or the gateway's own), a human message and the error's arguments.
 */
public class GatewayException extends RuntimeException {

    private final ErrorKind kind;
    private final String name;
    private final List<Object> arguments;
    private final String exceptionType;

    public GatewayException(ErrorKind kind, String name, String message, List<Object> arguments, String exceptionType) {
        super(message, null, false, false);
        this.kind = kind;
        this.name = name;
        this.arguments = arguments == null ? List.of(message) : arguments;
        this.exceptionType = exceptionType;
    }

    public GatewayException(ErrorKind kind, String exceptionType, String message) {
        this(kind, exceptionType, message, null, exceptionType);
    }

    /** A failure of the gateway itself, told to the client without any detail. */
    public static GatewayException internal() {
        return new GatewayException(ErrorKind.INTERNAL, "InternalError", "The gateway failed to handle the request");
    }

    public static GatewayException badRequest(String message) {
        return new GatewayException(ErrorKind.INVALID_INPUT, "ValidationError", message);
    }

    public static GatewayException unauthenticated(String message) {
        return new GatewayException(ErrorKind.UNAUTHENTICATED, "AccessDenied", message);
    }

    /** A record that does not exist, named as Odoo names it, whichever path found it missing. */
    public static GatewayException notFound(String message) {
        return new GatewayException(ErrorKind.MISSING, "odoo.exceptions.MissingError", message, null, "MissingError");
    }

    public ErrorKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public String exceptionType() {
        return exceptionType;
    }
}
