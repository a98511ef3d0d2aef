package dev.eddy.hippo;

/** Transfer functions {@code G(iω) = C (iωI - A)^{-1} B} of small dense real systems (a complex solve). */
public final class TransferFunction {
    private TransferFunction() {
    }

    /**
     * {@code G(iω)} for real A, B and the constant readout {@code C = c·1ᵀ}; returns {re, im}.
     */
    public static double[] dense(double[][] a, double[] b, double c, double omega) {
        int n = b.length;
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
}
