package dev.eddy.climate.qg;

/**
 * Explicit time-stepping schemes for dq/dt = F(q).
 * <ul>
 *   <li>{@link #RK4}: classical fourth-order Runge–Kutta (pyshqg's default at 30 min);</li>
 *   <li>{@link #HEUN}: Heun's predictor–corrector q* = q + Δt F(q), q⁺ = q + Δt/2 [F(q) + F(q*)], second order
 *       (the LMD MM93 code uses it at 1 h; with the uncorrected shipped T21 forcing our runs blew up at 1 h within
 *       50 days, since Heun amplifies undamped oscillations, and were stable at 30 min, which is therefore the default).</li>
 * </ul>
 */
public enum TimeScheme {
    RK4(4, 1800),
    HEUN(2, 1800);

    private final int order;
    private final double defaultStepSeconds;

    TimeScheme(int order, double defaultStepSeconds) {
        this.order = order;
        this.defaultStepSeconds = defaultStepSeconds;
    }

    /** Formal order of accuracy. */
    public int order() {
        return order;
    }

    /** A stable step for MM93 at T21 with the shipped forcing [s]. */
    public double defaultStepSeconds() {
        return defaultStepSeconds;
    }
}
