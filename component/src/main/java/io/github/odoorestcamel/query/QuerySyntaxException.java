package io.github.odoorestcamel.query;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;

/** A query that does not follow the grammar or exceeds a limit; the message names the position. */
public class QuerySyntaxException extends GatewayException {

    public QuerySyntaxException(String message) {
        super(ErrorKind.INVALID_INPUT, "SyntaxError", "QuerySyntaxError: " + message);
    }
}
