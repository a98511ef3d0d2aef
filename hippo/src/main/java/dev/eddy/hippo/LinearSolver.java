package dev.eddy.hippo;

/**
 * Solves {@code M X = R} for a square real M without forming an inverse: forward substitution when M is lower
 * triangular, otherwise an LU factorisation with partial pivoting (Golub &amp; Van Loan, Alg. 3.4.1).
 */
public final class LinearSolver {
    private final int n;
    private final double[][] lu;
    private final int[] pivot;
    private final boolean lowerTriangular;

    private LinearSolver(double[][] m) {
        this.n = m.length;
        this.lowerTriangular = DenseMatrices.isLowerTriangular(m);
        this.lu = DenseMatrices.copy(m);
        this.pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        if (!lowerTriangular) {
            factor();
        } else {
            for (int i = 0; i < n; i++) {
                if (lu[i][i] == 0.0) {
                    throw new ArithmeticException("singular triangular matrix (zero diagonal at " + i + ")");
                }
            }
        }
    }

    /** Factors (or, for lower-triangular M, just keeps) the square matrix M. */
    public static LinearSolver of(double[][] m) {
        if (m.length == 0 || m[0].length != m.length) {
            throw new IllegalArgumentException("matrix must be square and non-empty");
        }
        return new LinearSolver(m);
    }

    /** True when M was lower triangular and solves use forward substitution. */
    public boolean usesForwardSubstitution() {
        return lowerTriangular;
    }

    private void factor() {
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(lu[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i][k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best == 0.0) {
                throw new ArithmeticException("singular matrix at column " + k);
            }
            if (p != k) {
                double[] t = lu[p];
                lu[p] = lu[k];
                lu[k] = t;
                int ti = pivot[p];
                pivot[p] = pivot[k];
                pivot[k] = ti;
            }
            double[] rk = lu[k];
            for (int i = k + 1; i < n; i++) {
                double[] ri = lu[i];
                double f = ri[k] / rk[k];
                ri[k] = f;
                if (f != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        ri[j] -= f * rk[j];
                    }
                }
            }
        }
    }

    /** Returns x with {@code M x = r}. */
    public double[] solve(double[] r) {
        double[] x = new double[n];
        if (lowerTriangular) {
            for (int i = 0; i < n; i++) {
                double s = r[i];
                double[] row = lu[i];
                for (int j = 0; j < i; j++) {
                    s -= row[j] * x[j];
                }
                x[i] = s / row[i];
            }
            return x;
        }
        for (int i = 0; i < n; i++) {
            double s = r[pivot[i]];
            double[] row = lu[i];
            for (int j = 0; j < i; j++) {
                s -= row[j] * x[j];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            double[] row = lu[i];
            for (int j = i + 1; j < n; j++) {
                s -= row[j] * x[j];
            }
            x[i] = s / row[i];
        }
        return x;
    }

    /** Returns X with {@code M X = R}, column by column. */
    public double[][] solve(double[][] r) {
        int m = r[0].length;
        double[][] x = new double[n][m];
        double[] col = new double[n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                col[i] = r[i][j];
            }
            double[] s = solve(col);
            for (int i = 0; i < n; i++) {
                x[i][j] = s[i];
            }
        }
        return x;
    }
}
