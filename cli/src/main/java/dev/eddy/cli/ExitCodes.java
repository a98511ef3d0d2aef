package dev.eddy.cli;

/** Exit codes of the {@code eddy} command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure inside eddy (a bug): the message names it, {@code --debug} shows the stack trace. */
    public static final int INTERNAL = 1;
    /** The user's input was wrong: bad arguments, unreadable or wrong-shaped files. */
    public static final int USAGE = 2;
    /** The run stopped on purpose: a simulation blew up (non-finite values, CFL far above 1). */
    public static final int RUN_FAILED = 3;

    private ExitCodes() {
    }
}
