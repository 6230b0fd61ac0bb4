package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.error.GatewayException;
import org.apache.camel.RuntimeCamelException;

/**
 * A failed Odoo call, with the status and Odoo error name of the REST API's error table, so an
 * {@code onException} can tell a transient failure ({@link #isRetryable()}) from a bad record.
 */
public class OdooException extends RuntimeCamelException {

    private static final String CONNECTION_LOST = "ConnectionLost";

    private final int status;
    private final String odooName;

    public OdooException(int status, String odooName, String message) {
        super(message);
        this.status = status;
        this.odooName = odooName;
    }

    static OdooException from(GatewayException error) {
        return new OdooException(error.kind().status(), error.name(), error.getMessage());
    }

    /** The HTTP status the REST API answers for this error. */
    public int status() {
        return status;
    }

    /** Odoo's exception name ({@code odoo.exceptions.ValidationError}) or the gateway's own. */
    public String odooName() {
        return odooName;
    }

    /** Whether sending the same call again may succeed: Odoo unreachable or slow, a lost connection, a conflict. */
    public boolean isRetryable() {
        return status == 502 || status == 504 || status == 409 || CONNECTION_LOST.equals(odooName);
    }
}
