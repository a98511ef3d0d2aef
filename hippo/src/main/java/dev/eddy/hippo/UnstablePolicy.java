package dev.eddy.hippo;

/**
 * What PTD does with eigenvalues of {@code A_H + E} whose real part is ≥ 0 (a log-parameterised real part would
 * turn them into NaN).
 */
public enum UnstablePolicy {
    /** Throw {@link UnstableEigenvalueException}. The default. */
    REJECT,
    /** Replace Re λ by {@code -CLAMP_MARGIN} (the imaginary part and eigenvector are kept) and count them. */
    CLAMP;

    /** The real part given to clamped eigenvalues. */
    public static final double CLAMP_MARGIN = 1e-4;
}
