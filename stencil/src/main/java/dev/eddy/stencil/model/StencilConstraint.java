package dev.eddy.stencil.model;

/**
 * The accuracy constraints of the eight learned 4×4 interpolation stencils and their null-space parameterisation
 * (Kochkov et al. 2021; JAX-CFD {@code polynomial_accuracy_constraints}; tsm.md §3).
 *
 * <p>Stencil offsets (ox, oy) ∈ {−1, 0, 1, 2}², coefficient index {@code s = 4(ox+1) + (oy+1)} (x outer, y inner).
 * Interpolation m (0..7, see {@code FvStepGraph}) shifts along x for even m and along y for odd m; its target sits
 * at offset ½ along the shifted axis and 0 along the other. Constraints {@code A c = b}:
 * <ul>
 * <li>order 1 (published): {@code Σ c = 1} (exact on constants), 15 free coefficients;</li>
 * <li>order 2: additionally {@code Σ c·ox = tx}, {@code Σ c·oy = ty} (exact on linear fields), 13 free.</li>
 * </ul>
 * Coefficients are {@code c = bias + Σ_k logit_k n_k}, with {@code n_k} an orthonormal basis of {@code null(A)}
 * (Gram–Schmidt of the unit vectors against the rows of A; any orthonormal basis is admissible) and bias the linear
 * interpolation {@code [0,½,½,0] ⊗ [0,1,0,0]}, which satisfies both orders. So every logit vector gives a stencil
 * that meets the constraints exactly (up to rounding).
 */
public final class StencilConstraint {

    /** Number of learned interpolations. */
    public static final int INTERPOLATIONS = 8;
    /** Coefficients per stencil (4×4). */
    public static final int SIZE = 16;

    private final int order;
    private final double[][] basis; // [SIZE][free]

    private StencilConstraint(int order) {
        this.order = order;
        this.basis = nullSpace(constraintRows(order));
    }

    /** Constraints of accuracy order 1 or 2. */
    public static StencilConstraint ofOrder(int order) {
        if (order != 1 && order != 2) {
            throw new IllegalArgumentException("accuracy order must be 1 or 2, got " + order);
        }
        return new StencilConstraint(order);
    }

    /** Coefficient index of stencil offset (ox, oy). */
    public static int index(int ox, int oy) {
        if (ox < -1 || ox > 2 || oy < -1 || oy > 2) {
            throw new IllegalArgumentException("stencil offset out of range: " + ox + "," + oy);
        }
        return 4 * (ox + 1) + (oy + 1);
    }

    /** Whether interpolation m shifts along x (else along y). */
    public static boolean shiftsAlongX(int m) {
        return m % 2 == 0;
    }

    public int order() {
        return order;
    }

    /** Free parameters (logits) per interpolation. */
    public int freePerInterpolation() {
        return basis[0].length;
    }

    /** Logit channels of a whole model: 8 × free. */
    public int logitChannels() {
        return INTERPOLATIONS * freePerInterpolation();
    }

    /** Linear-interpolation stencil of interpolation m. */
    public static double[] bias(int m) {
        double[] b = new double[SIZE];
        if (shiftsAlongX(m)) {
            b[index(0, 0)] = 0.5;
            b[index(1, 0)] = 0.5;
        } else {
            b[index(0, 0)] = 0.5;
            b[index(0, 1)] = 0.5;
        }
        return b;
    }

    /** Position of the target face relative to stencil offset (0, 0): {tx, ty}. */
    public static double[] target(int m) {
        return shiftsAlongX(m) ? new double[] {0.5, 0.0} : new double[] {0.0, 0.5};
    }

    /** Orthonormal null-space basis, {@code [16][free]}. */
    public double[][] basis() {
        double[][] copy = new double[SIZE][];
        for (int s = 0; s < SIZE; s++) {
            copy[s] = basis[s].clone();
        }
        return copy;
    }

    /**
     * The affine map logits → coefficients of all eight interpolations: {@code coef = logits · M + bias}.
     *
     * @return {@code M} as {@code [logitChannels][128]}; logit channel {@code m·free + k} feeds coefficients
     *         {@code 16m .. 16m+15}
     */
    public double[][] mapMatrix() {
        int free = freePerInterpolation();
        double[][] map = new double[INTERPOLATIONS * free][INTERPOLATIONS * SIZE];
        for (int m = 0; m < INTERPOLATIONS; m++) {
            for (int k = 0; k < free; k++) {
                for (int s = 0; s < SIZE; s++) {
                    map[m * free + k][m * SIZE + s] = basis[s][k];
                }
            }
        }
        return map;
    }

    /** Bias of all eight interpolations, {@code [128]}. */
    public static double[] mapBias() {
        double[] all = new double[INTERPOLATIONS * SIZE];
        for (int m = 0; m < INTERPOLATIONS; m++) {
            System.arraycopy(bias(m), 0, all, m * SIZE, SIZE);
        }
        return all;
    }

    /**
     * Rows of A (moments Σc, Σc·ox, Σc·oy); they are the same for x- and y-shifted stencils, only the right-hand side
     * b differs, and the bias carries b. So one basis serves all eight interpolations.
     */
    private static double[][] constraintRows(int order) {
        double[][] rows = new double[order == 1 ? 1 : 3][SIZE];
        for (int ox = -1; ox <= 2; ox++) {
            for (int oy = -1; oy <= 2; oy++) {
                int s = index(ox, oy);
                rows[0][s] = 1;
                if (order == 2) {
                    rows[1][s] = ox;
                    rows[2][s] = oy;
                }
            }
        }
        return rows;
    }

    private static double[][] nullSpace(double[][] rows) {
        double[][] ortho = new double[rows.length + SIZE][];
        int count = 0;
        for (double[] r : rows) {
            ortho[count++] = orthogonalised(r.clone(), ortho, count - 1);
        }
        int rowCount = count;
        for (int e = 0; e < SIZE && count - rowCount < SIZE - rows.length; e++) {
            double[] unit = new double[SIZE];
            unit[e] = 1;
            double[] candidate = orthogonalised(unit, ortho, count);
            if (candidate != null) {
                ortho[count++] = candidate;
            }
        }
        int free = count - rowCount;
        double[][] basis = new double[SIZE][free];
        for (int k = 0; k < free; k++) {
            for (int s = 0; s < SIZE; s++) {
                basis[s][k] = ortho[rowCount + k][s];
            }
        }
        return basis;
    }

    /** Two passes of modified Gram–Schmidt against the first {@code count} vectors; null if dependent. */
    private static double[] orthogonalised(double[] v, double[][] against, int count) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                double dot = 0;
                for (int s = 0; s < SIZE; s++) {
                    dot += v[s] * against[i][s];
                }
                for (int s = 0; s < SIZE; s++) {
                    v[s] -= dot * against[i][s];
                }
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm < 1e-8) {
            return null;
        }
        for (int s = 0; s < SIZE; s++) {
            v[s] /= norm;
        }
        return v;
    }
}
