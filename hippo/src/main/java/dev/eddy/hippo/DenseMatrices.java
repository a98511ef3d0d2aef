package dev.eddy.hippo;

/** Small dense real matrix helpers on {@code double[rows][cols]} (row-major rows). Package-private numerics. */
final class DenseMatrices {
    private DenseMatrices() {
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** {@code C = A B}; the i-k-j loop order streams rows of B. */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] ci = c[i];
            double[] ai = a[i];
            for (int k = 0; k < inner; k++) {
                double aik = ai[k];
                if (aik == 0.0) {
                    continue;
                }
                double[] bk = b[k];
                for (int j = 0; j < m; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        return c;
    }

    static double[] multiply(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0.0;
            double[] ai = a[i];
            for (int j = 0; j < x.length; j++) {
                s += ai[j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** {@code alpha A + beta B}. */
    static double[][] combine(double alpha, double[][] a, double beta, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][a[0].length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = alpha * a[i][j] + beta * b[i][j];
            }
        }
        return c;
    }

    /** {@code I + s A}. */
    static double[][] identityPlus(double s, double[][] a) {
        return combine(s, a, 1.0, identity(a.length));
    }

    static double[][] scale(double s, double[][] a) {
        return combine(s, a, 0.0, a);
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** Induced 1-norm: the largest absolute column sum. */
    static double norm1(double[][] a) {
        double best = 0.0;
        for (int j = 0; j < a[0].length; j++) {
            double s = 0.0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    static boolean isLowerTriangular(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a[i].length; j++) {
                if (a[i][j] != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The largest |a_ij - b_ij|. */
    static double maxAbsDifference(double[][] a, double[][] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return d;
    }
}
