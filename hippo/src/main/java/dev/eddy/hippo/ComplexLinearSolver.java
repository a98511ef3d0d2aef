package dev.eddy.hippo;

/**
 * Solves {@code M x = r} for a square complex M by LU factorisation with partial pivoting on |m_ik|
 * (Golub &amp; Van Loan, Alg. 3.4.1, in complex arithmetic). Never forms an inverse.
 */
public final class ComplexLinearSolver {
    private final int n;
    private final double[][] re;
    private final double[][] im;
    private final int[] pivot;

    private ComplexLinearSolver(ComplexMatrix m) {
        this.n = m.rows();
        this.re = DenseMatrices.copy(m.re());
        this.im = DenseMatrices.copy(m.im());
        this.pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        factor();
    }

    public static ComplexLinearSolver of(ComplexMatrix m) {
        if (m.rows() != m.columns()) {
            throw new IllegalArgumentException("matrix must be square");
        }
        return new ComplexLinearSolver(m);
    }

    private void factor() {
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.hypot(re[k][k], im[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.hypot(re[i][k], im[i][k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best == 0.0) {
                throw new ArithmeticException("singular complex matrix at column " + k);
            }
            if (p != k) {
                swap(re, p, k);
                swap(im, p, k);
                int t = pivot[p];
                pivot[p] = pivot[k];
                pivot[k] = t;
            }
            double pr = re[k][k];
            double pi = im[k][k];
            double den = pr * pr + pi * pi;
            for (int i = k + 1; i < n; i++) {
                double ar = re[i][k];
                double ai = im[i][k];
                double fr = (ar * pr + ai * pi) / den;
                double fi = (ai * pr - ar * pi) / den;
                re[i][k] = fr;
                im[i][k] = fi;
                for (int j = k + 1; j < n; j++) {
                    double br = re[k][j];
                    double bi = im[k][j];
                    re[i][j] -= fr * br - fi * bi;
                    im[i][j] -= fr * bi + fi * br;
                }
            }
        }
    }

    private static void swap(double[][] m, int a, int b) {
        double[] t = m[a];
        m[a] = m[b];
        m[b] = t;
    }

    /** Returns x (as {re, im}) with {@code M x = r}. */
    public double[][] solve(double[] rRe, double[] rIm) {
        double[] xr = new double[n];
        double[] xi = new double[n];
        for (int i = 0; i < n; i++) {
            double sr = rRe[pivot[i]];
            double si = rIm[pivot[i]];
            for (int j = 0; j < i; j++) {
                sr -= re[i][j] * xr[j] - im[i][j] * xi[j];
                si -= re[i][j] * xi[j] + im[i][j] * xr[j];
            }
            xr[i] = sr;
            xi[i] = si;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sr = xr[i];
            double si = xi[i];
            for (int j = i + 1; j < n; j++) {
                sr -= re[i][j] * xr[j] - im[i][j] * xi[j];
                si -= re[i][j] * xi[j] + im[i][j] * xr[j];
            }
            double pr = re[i][i];
            double pi = im[i][i];
            double den = pr * pr + pi * pi;
            xr[i] = (sr * pr + si * pi) / den;
            xi[i] = (si * pr - sr * pi) / den;
        }
        return new double[][] {xr, xi};
    }
}
