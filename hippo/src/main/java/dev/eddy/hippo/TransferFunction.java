package dev.eddy.hippo;

/**
 * Transfer functions {@code G(iω) = C (iωI - A)^{-1} B} of small dense real systems by a complex solve: complex
 * forward substitution when A is lower triangular (HiPPO-LegS, LagT), LU with partial pivoting otherwise.
 */
public final class TransferFunction {
    private TransferFunction() {
    }

    /**
     * {@code G(iω)} for real A, B and the constant readout {@code C = c·1ᵀ}; returns {re, im}.
     */
    public static double[] dense(double[][] a, double[] b, double c, double omega) {
        int n = b.length;
        if (DenseMatrices.isLowerTriangular(a)) {
            return lowerTriangular(a, b, c, omega);
        }
        double[][] mre = new double[n][n];
        double[][] mim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mre[i][j] = -a[i][j];
            }
            mim[i][i] = omega;
        }
        double[][] x = ComplexLinearSolver.of(new ComplexMatrix(mre, mim)).solve(b, new double[n]);
        double gr = 0.0;
        double gi = 0.0;
        for (int i = 0; i < n; i++) {
            gr += c * x[0][i];
            gi += c * x[1][i];
        }
        return new double[] {gr, gi};
    }

    private static double[] lowerTriangular(double[][] a, double[] b, double c, double omega) {
        int n = b.length;
        double[] xr = new double[n];
        double[] xi = new double[n];
        double gr = 0.0;
        double gi = 0.0;
        for (int i = 0; i < n; i++) {
            // row i of (iωI - A): -a_ij for j < i, iω - a_ii on the diagonal
            double sr = b[i];
            double si = 0.0;
            for (int j = 0; j < i; j++) {
                sr += a[i][j] * xr[j];
                si += a[i][j] * xi[j];
            }
            double dr = -a[i][i];
            double di = omega;
            double den = dr * dr + di * di;
            xr[i] = (sr * dr + si * di) / den;
            xi[i] = (si * dr - sr * di) / den;
            gr += c * xr[i];
            gi += c * xi[i];
        }
        return new double[] {gr, gi};
    }
}
