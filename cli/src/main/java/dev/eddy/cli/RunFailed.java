package dev.eddy.cli;

/** A run that stopped itself on purpose (e.g. a blown-up simulation): one line on stderr, exit code 3. */
public final class RunFailed extends RuntimeException {

    public RunFailed(String message) {
        super(message, null, false, false);
    }
}
