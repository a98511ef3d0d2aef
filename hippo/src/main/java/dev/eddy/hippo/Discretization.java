package dev.eddy.hippo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Discretizations of {@code x' = A x + B u} with step Δ (hippo.md §3; they match scipy {@code cont2discrete}).
 *
 * <pre>
 * forward Euler   Ā = I + ΔA                          B̄ = ΔB
 * backward Euler  Ā = (I - ΔA)^{-1}                   B̄ = (I - ΔA)^{-1} ΔB
 * bilinear        Ā = (I - ΔA/2)^{-1}(I + ΔA/2)       B̄ = (I - ΔA/2)^{-1} ΔB
 * GBT(α)          Ā = (I - αΔA)^{-1}(I + (1-α)ΔA)     B̄ = (I - αΔA)^{-1} ΔB   (Zhang et al. 2007)
 * ZOH             [[Ā, B̄], [0, 1]] = expm(Δ [[A, B], [0, 0]])   (Van Loan 1978; no A^{-1})
 * </pre>
 *
 * <p>The inverses are linear solves ({@link LinearSolver}): forward substitution when A is lower triangular.
 */
public enum Discretization {
    FORWARD_EULER("forward-euler"),
    BACKWARD_EULER("backward-euler"),
    BILINEAR("bilinear"),
    ZOH("zoh");

    private final String cliName;

    Discretization(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Parses a command-line name; the message names the accepted values. */
    public static Discretization fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Discretization d : values()) {
            if (d.cliName.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown discretization '" + name + "' (expected one of "
                + Arrays.stream(values()).map(Discretization::cliName).collect(Collectors.joining(", ")) + ")");
    }

    /** Discretizes an operator with step Δ. */
    public DiscreteSystem apply(HippoOperator op, double dt) {
        return apply(op.a(), op.b(), dt);
    }

    /** Discretizes {@code (A, B)} with step Δ. */
    public DiscreteSystem apply(double[][] a, double[] b, double dt) {
        return switch (this) {
            case FORWARD_EULER -> gbt(a, b, dt, 0.0);
            case BACKWARD_EULER -> gbt(a, b, dt, 1.0);
            case BILINEAR -> gbt(a, b, dt, 0.5);
            case ZOH -> zeroOrderHold(a, b, dt);
        };
    }

    /** The generalized bilinear transform with parameter α ∈ [0, 1]. */
    public static DiscreteSystem gbt(double[][] a, double[] b, double dt, double alpha) {
        checkStep(dt);
        if (!(alpha >= 0.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("GBT alpha must lie in [0, 1], got " + alpha);
        }
        int n = b.length;
        double[][] explicitPart = DenseMatrices.identityPlus((1.0 - alpha) * dt, a);
        double[] db = new double[n];
        for (int i = 0; i < n; i++) {
            db[i] = dt * b[i];
        }
        if (alpha == 0.0) {
            return new DiscreteSystem(explicitPart, db);
        }
        LinearSolver implicitPart = LinearSolver.of(DenseMatrices.identityPlus(-alpha * dt, a));
        return new DiscreteSystem(implicitPart.solve(explicitPart), implicitPart.solve(db));
    }

    /** Zero-order hold through the exponential of the augmented matrix {@code Δ[[A, B], [0, 0]]}. */
    public static DiscreteSystem zeroOrderHold(double[][] a, double[] b, double dt) {
        checkStep(dt);
        int n = b.length;
        double[][] m = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                m[i][k] = dt * a[i][k];
            }
            m[i][n] = dt * b[i];
        }
        double[][] e = MatrixExponential.exp(m);
        double[][] ad = new double[n][];
        double[] bd = new double[n];
        for (int i = 0; i < n; i++) {
            ad[i] = Arrays.copyOf(e[i], n);
            bd[i] = e[i][n];
        }
        return new DiscreteSystem(ad, bd);
    }

    private static void checkStep(double dt) {
        if (!(dt > 0.0 && Double.isFinite(dt))) {
            throw new IllegalArgumentException("step dt must be a positive finite number, got " + dt);
        }
    }
}
