package dev.eddy.hippo;

/**
 * Online projection with a time-invariant operator (LegT, LagT, FouT, or LegS used as an LTI system):
 * {@code x_k = Ā x_{k-1} + B̄ u_k} from {@code x = 0}, then reconstruction {@code f(t_k - s) ≈ Σ c_n basis_n(s)}.
 *
 * <p><b>Alignment rule</b> (hippo.md §3): with the input convention {@code B̄ u_k}, sample k stands for the middle
 * of (t_k - Δ, t_k], so the state after step k represents the history up to about {@code t_k + Δ/2}. Reconstruct
 * at lag {@code s + Δ/2} to compare with {@code f(t_k - s)}: {@link #reconstructAligned}.
 */
public final class LtiProjection {
    private final HippoOperator operator;
    private final Discretization discretization;
    private final double dt;
    private final DiscreteSystem system;

    private LtiProjection(HippoOperator operator, Discretization discretization, double dt) {
        this.operator = operator;
        this.discretization = discretization;
        this.dt = dt;
        this.system = discretization.apply(operator, dt);
    }

    public static LtiProjection of(HippoOperator operator, Discretization discretization, double dt) {
        return new LtiProjection(operator, discretization, dt);
    }

    public HippoOperator operator() {
        return operator;
    }

    public Discretization discretization() {
        return discretization;
    }

    public double dt() {
        return dt;
    }

    public DiscreteSystem system() {
        return system;
    }

    /** The schedule (the same step every frame) for the batched encoder. */
    public StepSchedule schedule() {
        return StepSchedule.timeInvariant(system);
    }

    /** Runs the recurrence over {@code u_0..u_{L-1}} from zero and returns the final coefficients. */
    public double[] project(double[] u) {
        double[] x = new double[operator.order()];
        for (int k = 0; k < u.length; k++) {
            if (!Double.isFinite(u[k])) {
                throw new IllegalArgumentException("non-finite input value at sample " + k);
            }
            x = system.step(x, u[k]);
        }
        return x;
    }

    /** {@code f̂(t - s)} read at lag {@code s + Δ/2} (the alignment rule). */
    public double reconstructAligned(double[] coefficients, double lag) {
        return operator.reconstruct(coefficients, lag + 0.5 * dt);
    }

    /** {@code f̂(t - s)} read at lag s without the alignment shift (for comparison). */
    public double reconstructUnaligned(double[] coefficients, double lag) {
        return operator.reconstruct(coefficients, lag);
    }
}
