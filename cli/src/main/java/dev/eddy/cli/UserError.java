package dev.eddy.cli;

/**
 * A failure the user caused and can fix: a bad flag value, a missing or wrong-shaped input file. {@link Main} prints
 * {@code eddy: <message>} on one line of stderr and exits with code 2, never a stack trace.
 */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
