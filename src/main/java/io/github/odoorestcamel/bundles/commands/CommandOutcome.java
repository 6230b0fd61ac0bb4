package io.github.odoorestcamel.bundles.commands;

import io.github.odoorestcamel.component.odoo.OdooException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.rest.HttpStatuses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What a command came to: the reply {@code {"result": …}} or {@code {"error": {status, name,
 * message}}}, and for a failure whether trying again can help and the headers it carries to the
 * dead-letter queue ({@code OdooErrorStatus}, {@code OdooErrorName}, {@code OdooErrorMessage}).
 */
public final class CommandOutcome {

    public static final String ERROR_STATUS_HEADER = "OdooErrorStatus";
    public static final String ERROR_NAME_HEADER = "OdooErrorName";
    public static final String ERROR_MESSAGE_HEADER = "OdooErrorMessage";

    /** The failure's status, name and message: a bad message is a 400, Odoo's errors keep theirs. */
    public record Failure(int status, String name, String message, boolean retryable) {

        public static Failure of(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidCommandException invalid) {
                    return new Failure(400, "InvalidCommand", invalid.getMessage(), false);
                }
                if (cause instanceof OdooException odoo) {
                    return new Failure(HttpStatuses.of(odoo.kind()), odoo.odooName(), odoo.getMessage(), odoo.isRetryable());
                }
            }
            // the broker, the network or the gateway itself: nothing says the command is wrong
            return new Failure(503, error.getClass().getSimpleName(), String.valueOf(error.getMessage()), true);
        }

        public Map<String, Object> reply() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", status);
            error.put("name", name);
            error.put("message", message);
            return Map.of("error", error);
        }
    }

    /** Whether the exchange's failure will fail again on every delivery, so it goes to the dead-letter queue at once. */
    public boolean isPermanent(Exchange exchange) {
        return !Failure.of(caught(exchange)).retryable();
    }

    /** Marks the original message with the failure, for the dead-letter queue. */
    public void markFailed(Exchange exchange) {
        Failure failure = Failure.of(caught(exchange));
        Message in = exchange.getIn();
        in.setHeader(ERROR_STATUS_HEADER, failure.status());
        in.setHeader(ERROR_NAME_HEADER, failure.name());
        in.setHeader(ERROR_MESSAGE_HEADER, failure.message());
    }

    /** The body of the reply to a failed command. */
    public String errorReply(Exchange exchange) throws Exception {
        return Json.MAPPER.writeValueAsString(Failure.of(caught(exchange)).reply());
    }

    /** The body of the reply to a command Odoo carried out. */
    public String resultReply(Object result) throws Exception {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("result", result);
        return Json.MAPPER.writeValueAsString(reply);
    }

    private static Throwable caught(Exchange exchange) {
        Throwable error = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return error == null ? new IllegalStateException("no failure recorded") : error;
    }
}
