package dev.eddy.hippo;

/**
 * Online projection of a sampled signal onto the scaled Legendre basis (time-varying HiPPO-LegS,
 * {@code c'(t) = (1/t)(A c + B f)}; Gu et al. 2020, eq. (19)–(20)), in one of two {@link LegsConvention}s.
 *
 * <p>Every scheme but ZOH is a step {@code c ← (I - βA)^{-1}[(I + γA) c + w B f_k]} (k 1-based):
 * <pre>
 * interval (k = 2..L, c(1) = f_1 e_0)      forward  β=0,      γ=1/(k-1),   w=1/(k-1)
 *                                          backward β=1/k,    γ=0,         w=1/k
 *                                          bilinear β=1/(2k), γ=1/(2(k-1)), w=1/(2k)+1/(2(k-1))
 *                                          ZOH      Δ = ln(k/(k-1)) on (A, B)
 * hippo-code (k = 1..L, c_0 = 0)           forward  β=0,      γ=1/k,       w=1/k
 *                                          backward β=1/k,    γ=0,         w=1/k
 *                                          bilinear β=1/(2k), γ=1/(2k),    w=1/k
 *                                          ZOH      Δ = ln((k+1)/k) on (A, B)
 * </pre>
 * A is lower triangular, so the solves are forward substitutions.
 */
public final class LegsOnlineProjection implements StepSchedule {
    private final HippoOperator operator;
    private final double[][] a;
    private final double[] b;
    private final LegsConvention convention;
    private final Discretization discretization;

    private LegsOnlineProjection(int order, LegsConvention convention, Discretization discretization) {
        this.operator = HippoOperator.of(Measure.LEGS, order);
        this.a = operator.a();
        this.b = operator.b();
        this.convention = convention;
        this.discretization = discretization;
    }

    public static LegsOnlineProjection of(int order, LegsConvention convention, Discretization discretization) {
        return new LegsOnlineProjection(order, convention, discretization);
    }

    @Override
    public int order() {
        return b.length;
    }

    @Override
    public boolean timeInvariant() {
        return false;
    }

    public LegsConvention convention() {
        return convention;
    }

    public Discretization discretization() {
        return discretization;
    }

    /** The (β, γ, w) of the step that takes in sample k (1-based, k ≥ 2 for INTERVAL). */
    private double[] coefficients(int k) {
        boolean interval = convention == LegsConvention.INTERVAL;
        double prev = interval ? k - 1.0 : k;
        return switch (discretization) {
            case FORWARD_EULER -> new double[] {0.0, 1.0 / prev, 1.0 / prev};
            case BACKWARD_EULER -> new double[] {1.0 / k, 0.0, 1.0 / k};
            case BILINEAR -> interval
                    ? new double[] {0.5 / k, 0.5 / prev, 0.5 / k + 0.5 / prev}
                    : new double[] {0.5 / k, 0.5 / k, 1.0 / k};
            case ZOH -> throw new IllegalStateException("ZOH has no (beta, gamma, w) form");
        };
    }

    /** The log-time step of ZOH for sample k (1-based). */
    private double zohStep(int k) {
        return convention == LegsConvention.INTERVAL ? Math.log(k / (k - 1.0)) : Math.log((k + 1.0) / k);
    }

    /**
     * Projects the samples {@code f_1..f_L} and returns the final coefficients {@code c(L)}.
     *
     * @throws IllegalArgumentException for an empty or non-finite input
     */
    public double[] project(double[] f) {
        if (f.length == 0) {
            throw new IllegalArgumentException("input signal is empty");
        }
        int n = order();
        double[] c = new double[n];
        double[] rhs = new double[n];
        int first = 1;
        if (convention == LegsConvention.INTERVAL) {
            requireFinite(f[0], 0);
            c[0] = f[0];
            first = 2;
        }
        for (int k = first; k <= f.length; k++) {
            double fk = f[k - 1];
            requireFinite(fk, k - 1);
            if (discretization == Discretization.ZOH) {
                DiscreteSystem s = Discretization.zeroOrderHold(a, b, zohStep(k));
                c = s.step(c, fk);
                continue;
            }
            double[] bgw = coefficients(k);
            double beta = bgw[0];
            double gamma = bgw[1];
            double w = bgw[2];
            for (int i = 0; i < n; i++) {
                double s = c[i] + w * b[i] * fk;
                if (gamma != 0.0) {
                    double[] ai = a[i];
                    double acc = 0.0;
                    for (int j = 0; j <= i; j++) {
                        acc += ai[j] * c[j];
                    }
                    s += gamma * acc;
                }
                rhs[i] = s;
            }
            if (beta == 0.0) {
                System.arraycopy(rhs, 0, c, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    double[] ai = a[i];
                    double s = rhs[i];
                    for (int j = 0; j < i; j++) {
                        s += beta * ai[j] * c[j];
                    }
                    c[i] = s / (1.0 - beta * ai[i]);
                }
            }
        }
        return c;
    }

    private static void requireFinite(double v, int index) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("non-finite input value at sample " + index);
        }
    }

    /** The normalised position x ∈ [0, 1] at which sample k (0-based) of L is reconstructed. */
    public double samplePosition(int index, int length) {
        if (convention == LegsConvention.INTERVAL) {
            return (index + 0.5) / length;
        }
        return length == 1 ? 1.0 : index / (length - 1.0);
    }

    /** {@code f̂(x) = Σ c_n sqrt(2n+1) P_n(2x - 1)} at every sample position of this convention. */
    public double[] reconstruct(double[] coefficients, int length) {
        double[] out = new double[length];
        double[] basis = new double[order()];
        for (int k = 0; k < length; k++) {
            OrthogonalPolynomials.shiftedLegendreOrthonormal(samplePosition(k, length), basis);
            double s = 0.0;
            for (int m = 0; m < basis.length; m++) {
                s += coefficients[m] * basis[m];
            }
            out[k] = s;
        }
        return out;
    }

    /**
     * The dense step of frame {@code frame} (0-based), for the batched encoder. Frame 0 of the INTERVAL convention
     * is {@code (0, e_0)}, i.e. {@code c(1) = f_1 e_0}.
     */
    @Override
    public DiscreteSystem stepAt(int frame) {
        int n = order();
        int k = frame + 1;
        if (convention == LegsConvention.INTERVAL && k == 1) {
            double[] e0 = new double[n];
            e0[0] = 1.0;
            return new DiscreteSystem(new double[n][n], e0);
        }
        if (discretization == Discretization.ZOH) {
            return Discretization.zeroOrderHold(a, b, zohStep(k));
        }
        double[] bgw = coefficients(k);
        double[][] explicitPart = DenseMatrices.identityPlus(bgw[1], a);
        double[] wb = new double[n];
        for (int i = 0; i < n; i++) {
            wb[i] = bgw[2] * b[i];
        }
        if (bgw[0] == 0.0) {
            return new DiscreteSystem(explicitPart, wb);
        }
        LinearSolver implicitPart = LinearSolver.of(DenseMatrices.identityPlus(-bgw[0], a));
        return new DiscreteSystem(implicitPart.solve(explicitPart), implicitPart.solve(wb));
    }
}
