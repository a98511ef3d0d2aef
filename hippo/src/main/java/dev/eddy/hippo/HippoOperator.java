package dev.eddy.hippo;

/**
 * A continuous HiPPO operator {@code x' = A x + B u} (A Hurwitz, orthonormal coefficients) with its measure,
 * reconstruction basis and NPLR form. Formulas: {@code shared/specs/hippo.md} §2 and §6; sources Gu et al.,
 * "HiPPO: Recurrent Memory with Optimal Polynomial Projections" (NeurIPS 2020) and Gu et al., "How to Train Your
 * HiPPO" (ICLR 2023), in the sign convention {@code A_here = -A_paper}.
 *
 * <pre>
 * legs        A_nk = -sqrt((2n+1)(2k+1)) (n&gt;k), -(n+1) (n=k), 0 (n&lt;k);        B_n = sqrt(2n+1)
 * legt(θ)     A_nk = -(1/θ) sqrt((2n+1)(2k+1)) · (1 if k≤n, (-1)^(n-k) if k&gt;n);  B_n = sqrt(2n+1)/θ
 * lagt        A = -tril(1);                    B = 1          (HiPPO-2020 Theorem 1)
 * lagt-httyh  A = I/2 - tril(1);               B = 1          (HTTYH / s4 'lagt')
 * fout(θ)     A = (2πΩ - 2 φφᵀ)/θ,  B = 2φ/θ,  φ = [1,0,√2,0,√2,0,…], Ω[2k,2k+1] = -k, Ω[2k+1,2k] = k
 * </pre>
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class HippoOperator {
    private final Measure measure;
    private final int order;
    private final double theta;
    private final double[][] a;
    private final double[] b;

    private HippoOperator(Measure measure, int order, double theta, double[][] a, double[] b) {
        this.measure = measure;
        this.order = order;
        this.theta = theta;
        this.a = a;
        this.b = b;
    }

    /**
     * Builds the operator of a measure. θ is the window length for LegT and FouT and ignored otherwise.
     *
     * @throws IllegalArgumentException if order ≤ 0 or (for windowed measures) θ is not a positive finite number
     */
    public static HippoOperator of(Measure measure, int order, double theta) {
        if (order <= 0) {
            throw new IllegalArgumentException("order N must be positive, got " + order);
        }
        if (measure.windowed() && !(theta > 0.0 && Double.isFinite(theta))) {
            throw new IllegalArgumentException("window theta must be a positive finite number, got " + theta);
        }
        double th = measure.windowed() ? theta : Double.NaN;
        return switch (measure) {
            case LEGS -> legs(order);
            case LEGT -> legt(order, th);
            case LAGT -> lagt(order, 0.0);
            case LAGT_HTTYH -> lagt(order, 0.5);
            case FOUT -> fout(order, th);
        };
    }

    /** Same as {@link #of(Measure, int, double)} for measures without a window. */
    public static HippoOperator of(Measure measure, int order) {
        if (measure.windowed()) {
            throw new IllegalArgumentException(measure.cliName() + " needs a window theta");
        }
        return of(measure, order, Double.NaN);
    }

    private static HippoOperator legs(int n) {
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.sqrt(2.0 * i + 1.0);
            for (int k = 0; k < i; k++) {
                a[i][k] = -Math.sqrt((2.0 * i + 1.0) * (2.0 * k + 1.0));
            }
            a[i][i] = -(i + 1.0);
        }
        return new HippoOperator(Measure.LEGS, n, Double.NaN, a, b);
    }

    private static HippoOperator legt(int n, double theta) {
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.sqrt(2.0 * i + 1.0) / theta;
            for (int k = 0; k < n; k++) {
                double sign = (k <= i || ((i - k) & 1) == 0) ? 1.0 : -1.0;
                a[i][k] = -sign * Math.sqrt((2.0 * i + 1.0) * (2.0 * k + 1.0)) / theta;
            }
        }
        return new HippoOperator(Measure.LEGT, n, theta, a, b);
    }

    private static HippoOperator lagt(int n, double diagonalShift) {
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 1.0;
            for (int k = 0; k <= i; k++) {
                a[i][k] = -1.0;
            }
            a[i][i] += diagonalShift;
        }
        return new HippoOperator(diagonalShift == 0.0 ? Measure.LAGT : Measure.LAGT_HTTYH, n, Double.NaN, a, b);
    }

    private static HippoOperator fout(int n, double theta) {
        double[] phi = fourierEdgeVector(n);
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 2.0 * phi[i] / theta;
            for (int k = 0; k < n; k++) {
                a[i][k] = -2.0 * phi[i] * phi[k] / theta;
            }
        }
        for (int k = 1; 2 * k + 1 < n; k++) {
            a[2 * k][2 * k + 1] += -2.0 * Math.PI * k / theta;
            a[2 * k + 1][2 * k] += 2.0 * Math.PI * k / theta;
        }
        return new HippoOperator(Measure.FOUT, n, theta, a, b);
    }

    /** φ = [1, 0, √2, 0, √2, 0, …]: the FouT basis at lag 0. */
    private static double[] fourierEdgeVector(int n) {
        double[] phi = new double[n];
        phi[0] = 1.0;
        for (int i = 2; i < n; i += 2) {
            phi[i] = Math.sqrt(2.0);
        }
        return phi;
    }

    public Measure measure() {
        return measure;
    }

    /** The state size N. */
    public int order() {
        return order;
    }

    /** The window θ for LegT and FouT, NaN otherwise. */
    public double theta() {
        return theta;
    }

    /** A copy of the N×N state matrix A. */
    public double[][] a() {
        return DenseMatrices.copy(a);
    }

    /** A copy of the input vector B. */
    public double[] b() {
        return b.clone();
    }

    /** True for LegS and both LagT forms, whose A is lower triangular (solves use forward substitution). */
    public boolean lowerTriangular() {
        return measure == Measure.LEGS || measure == Measure.LAGT || measure == Measure.LAGT_HTTYH;
    }

    /**
     * The reconstruction basis at lag s ≥ 0 for LTI use: {@code f(t - s) ≈ Σ c_n basis_n(s)}.
     *
     * <pre>
     * legs (LTI)   sqrt(2n+1) P_n(2e^{-s} - 1)
     * legt         sqrt(2n+1) P_n(1 - 2s/θ)
     * lagt         L_n(s)
     * lagt-httyh   L_n(s) e^{-s/2}
     * fout         [1, 0, √2 cos(2πks/θ), √2 sin(2πks/θ), …]
     * </pre>
     */
    public double[] basis(double lag) {
        double[] out = new double[order];
        switch (measure) {
            case LEGS -> {
                OrthogonalPolynomials.legendre(2.0 * Math.exp(-lag) - 1.0, out);
                scaleBySqrtTwoNPlusOne(out);
            }
            case LEGT -> {
                OrthogonalPolynomials.legendre(1.0 - 2.0 * lag / theta, out);
                scaleBySqrtTwoNPlusOne(out);
            }
            case LAGT -> OrthogonalPolynomials.laguerre(lag, out);
            case LAGT_HTTYH -> {
                OrthogonalPolynomials.laguerre(lag, out);
                double w = Math.exp(-0.5 * lag);
                for (int n = 0; n < order; n++) {
                    out[n] *= w;
                }
            }
            case FOUT -> {
                out[0] = 1.0;
                for (int k = 1; 2 * k < order; k++) {
                    double phase = 2.0 * Math.PI * k * lag / theta;
                    out[2 * k] = Math.sqrt(2.0) * Math.cos(phase);
                    if (2 * k + 1 < order) {
                        out[2 * k + 1] = Math.sqrt(2.0) * Math.sin(phase);
                    }
                }
            }
        }
        return out;
    }

    private static void scaleBySqrtTwoNPlusOne(double[] out) {
        for (int n = 0; n < out.length; n++) {
            out[n] *= Math.sqrt(2.0 * n + 1.0);
        }
    }

    /** {@code Σ c_n basis_n(lag)}: the reconstructed signal at lag s behind the current time. */
    public double reconstruct(double[] coefficients, double lag) {
        if (coefficients.length != order) {
            throw new IllegalArgumentException("expected " + order + " coefficients, got " + coefficients.length);
        }
        double[] basis = basis(lag);
        double s = 0.0;
        for (int n = 0; n < order; n++) {
            s += coefficients[n] * basis[n];
        }
        return s;
    }

    /**
     * The density of the measure over the lag s ≥ 0 (LTI view): {@code e^{-s}} for LegS and LagT, 1 (Lebesgue)
     * for LagT-HTTYH, {@code 1/θ} on [0, θ] and 0 beyond for LegT and FouT.
     */
    public double measureDensity(double lag) {
        if (lag < 0.0) {
            return 0.0;
        }
        return switch (measure) {
            case LEGS, LAGT -> Math.exp(-lag);
            case LAGT_HTTYH -> 1.0;
            case LEGT, FOUT -> lag <= theta ? 1.0 / theta : 0.0;
        };
    }

    /**
     * The normal plus low-rank form {@code A = S - PᵀP} with S normal ({@code S = cI + K}, K skew): hippo.md §6.
     */
    public NplrForm nplr() {
        double[][] p;
        double shift;
        switch (measure) {
            case LEGS -> {
                p = new double[1][order];
                for (int n = 0; n < order; n++) {
                    p[0][n] = Math.sqrt(n + 0.5);
                }
                shift = -0.5;
            }
            case LEGT -> {
                p = new double[2][order];
                for (int n = 0; n < order; n++) {
                    p[n & 1][n] = Math.sqrt((2.0 * n + 1.0) / theta);
                }
                shift = 0.0;
            }
            case LAGT, LAGT_HTTYH -> {
                p = new double[1][order];
                java.util.Arrays.fill(p[0], Math.sqrt(0.5));
                shift = measure == Measure.LAGT ? -0.5 : 0.0;
            }
            case FOUT -> {
                double[] phi = fourierEdgeVector(order);
                p = new double[1][order];
                for (int n = 0; n < order; n++) {
                    p[0][n] = Math.sqrt(2.0 / theta) * phi[n];
                }
                shift = 0.0;
            }
            default -> throw new IllegalStateException("unreachable");
        }
        double[][] s = a();
        for (double[] row : p) {
            for (int i = 0; i < order; i++) {
                for (int k = 0; k < order; k++) {
                    s[i][k] += row[i] * row[k];
                }
            }
        }
        return new NplrForm(s, p, shift);
    }

    @Override
    public String toString() {
        return "HippoOperator[" + measure.cliName() + ", N=" + order
                + (measure.windowed() ? ", theta=" + theta : "") + "]";
    }
}
