package io.github.odoorestcamel.error;

/**
 * What went wrong, in Odoo's terms: the caller's input, who the caller is, what Odoo refused or
 * could not find, or Odoo not answering. The REST API turns a kind into its HTTP status
 * ({@code rest.HttpStatuses}); routes of the {@code odoo:} component read it from {@code OdooException}.
 */
public enum ErrorKind {
    /** A query, domain, order, value or body that is not valid before Odoo is asked. */
    INVALID_INPUT,
    /** No credentials, or credentials Odoo does not accept ({@code AccessDenied}, an expired session). */
    UNAUTHENTICATED,
    /** Odoo's {@code AccessError}: the user may not do this (a private method included). */
    ACCESS_ERROR,
    /** A record, model or method that does not exist ({@code MissingError}, {@code KeyError}, {@code AttributeError}). */
    MISSING,
    /** A request whose method the receiver does not offer. */
    METHOD_NOT_ALLOWED,
    /** A concurrent update or a lock held by another transaction. */
    CONCURRENT_UPDATE,
    /** A request body larger than allowed. */
    PAYLOAD_TOO_LARGE,
    /** A request target longer than allowed. */
    URI_TOO_LONG,
    /** A body of a type that is not read. */
    UNSUPPORTED_MEDIA_TYPE,
    /** Odoo's {@code ValidationError}, {@code UserError} or {@code RedirectWarning}: the data breaks a rule. */
    VALIDATION,
    /** Request headers larger than allowed. */
    HEADERS_TOO_LARGE,
    /** Anything else Odoo reports, or a failure of the caller's own. */
    INTERNAL,
    /** Odoo cannot be reached, or answers with something that is not its JSON. */
    UNREACHABLE,
    /** No capacity left for the request right now. */
    UNAVAILABLE,
    /** Odoo did not answer in time. */
    TIMEOUT
}
