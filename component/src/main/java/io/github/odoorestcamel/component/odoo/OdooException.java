package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.error.ErrorKind;
import io.github.odoorestcamel.error.GatewayException;
import org.apache.camel.RuntimeCamelException;

/**
 * A failed Odoo call: what kind of failure it is, Odoo's error name and message, so an
 * {@code onException} can tell a transient failure ({@link #isRetryable()}) from a bad record.
 */
public class OdooException extends RuntimeCamelException {

    private static final String CONNECTION_LOST = "ConnectionLost";

    private final ErrorKind kind;
    private final String odooName;

    public OdooException(ErrorKind kind, String odooName, String message) {
        super(message);
        this.kind = kind;
        this.odooName = odooName;
    }

    static OdooException from(GatewayException error) {
        return new OdooException(error.kind(), error.name(), error.getMessage());
    }

    /** What went wrong: invalid input, access, a missing record, a validation rule, Odoo unreachable… */
    public ErrorKind kind() {
        return kind;
    }

    /** Odoo's exception name ({@code odoo.exceptions.ValidationError}) or the component's own. */
    public String odooName() {
        return odooName;
    }

    /** Whether sending the same call again may succeed: Odoo unreachable or slow, a lost connection, a concurrent update. */
    public boolean isRetryable() {
        return kind == ErrorKind.UNREACHABLE || kind == ErrorKind.TIMEOUT || kind == ErrorKind.CONCURRENT_UPDATE
                || CONNECTION_LOST.equals(odooName);
    }
}
