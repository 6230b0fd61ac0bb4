package io.github.odoorestcamel.bundles.commands;

/** A command message that can never succeed as it is: it goes to the dead-letter queue at once. */
public final class InvalidCommandException extends RuntimeException {

    public InvalidCommandException(String message) {
        super(message, null, false, false);
    }
}
