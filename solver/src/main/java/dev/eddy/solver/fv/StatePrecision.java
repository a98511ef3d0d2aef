package dev.eddy.solver.fv;

/**
 * Precision of the finite-volume state between steps.
 *
 * <p>Decision: the finite-volume step always computes in double. {@link #FLOAT32} rounds the state (u and v) to the
 * nearest float32 value after every step (and the initial state once, when the stepper first sees it), so the
 * trajectory carries float32 resolution and its rounding noise, the way a float32 JAX-CFD run's state does. It is
 * <b>not</b> float32 arithmetic: intermediate values (fluxes, FFTs, the pressure solve) are double, so results are
 * not bitwise those of a float32 program, and the step is not faster than {@link #DOUBLE}. Chosen over a second
 * {@code float[]} code path to keep one numerics implementation; the rounding is explicit, never silent.
 */
public enum StatePrecision {
    /** IEEE double state (default). */
    DOUBLE,
    /** State rounded to float32 after every step; arithmetic inside the step is double. */
    FLOAT32;

    /** Rounds {@code values} in place to this precision (a no-op for {@link #DOUBLE}). */
    public void roundInPlace(double[] values) {
        if (this == FLOAT32) {
            for (int k = 0; k < values.length; k++) {
                values[k] = (float) values[k];
            }
        }
    }
}
