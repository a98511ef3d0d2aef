package dev.eddy.hippo;

/** Raised by PTD under {@link UnstablePolicy#REJECT} when some eigenvalue of {@code A_H + E} has Re λ ≥ 0. */
public final class UnstableEigenvalueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnstableEigenvalueException(String message) {
        super(message);
    }
}
