package dev.eddy.hippo;

/**
 * Matrix exponential by scaling and squaring with diagonal Padé approximants of degree 3, 5, 7, 9 or 13.
 *
 * <p>Algorithm 2.3 of N. J. Higham, "The scaling and squaring method for the matrix exponential revisited",
 * SIAM J. Matrix Anal. Appl. 26 (2005) 1179–1193: choose the smallest degree m whose bound θ_m exceeds
 * {@code ||A||_1}; otherwise scale {@code A / 2^s} so that {@code ||A/2^s||_1 ≤ θ_13}, evaluate
 * {@code r_m = (V - U)^{-1} (V + U)} with U the odd and V the even part of the Padé numerator (a linear solve,
 * no inverse), and square s times.
 */
public final class MatrixExponential {
    private static final double[] THETA = {1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1,
        2.097847961257068e0, 5.371920351148152e0};
    private static final int[] DEGREE = {3, 5, 7, 9, 13};
    private static final double[][] PADE = {
        {120, 60, 12, 1},
        {30240, 15120, 3360, 420, 30, 1},
        {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1},
        {17643225600.0, 8821612800.0, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1},
        {64764752532480000.0, 32382376266240000.0, 7771770303897600.0, 1187353796428800.0, 129060195264000.0,
            10559470521600.0, 670442572800.0, 33522128640.0, 1323241920, 40840800, 960960, 16380, 182, 1}};

    private MatrixExponential() {
    }

    /** Returns {@code exp(A)} for a square matrix A. */
    public static double[][] exp(double[][] a) {
        double norm = DenseMatrices.norm1(a);
        if (!Double.isFinite(norm)) {
            throw new ArithmeticException("matrix exponential of a non-finite matrix");
        }
        for (int i = 0; i < DEGREE.length - 1; i++) {
            if (norm <= THETA[i]) {
                return pade(a, PADE[i]);
            }
        }
        int s = Math.max(0, (int) Math.ceil(Math.log(norm / THETA[4]) / Math.log(2.0)));
        double[][] scaled = DenseMatrices.scale(Math.scalb(1.0, -s), a);
        double[][] r = pade(scaled, PADE[4]);
        for (int k = 0; k < s; k++) {
            r = DenseMatrices.multiply(r, r);
        }
        return r;
    }

    private static double[][] pade(double[][] a, double[] b) {
        int n = a.length;
        int m = b.length - 1;
        double[][] a2 = DenseMatrices.multiply(a, a);
        double[][] odd = new double[n][n];
        double[][] even = new double[n][n];
        double[][] power = DenseMatrices.identity(n);
        for (int k = 0; 2 * k <= m; k++) {
            if (k > 0) {
                power = DenseMatrices.multiply(power, a2);
            }
            addScaled(even, b[2 * k], power);
            if (2 * k + 1 <= m) {
                addScaled(odd, b[2 * k + 1], power);
            }
        }
        double[][] u = DenseMatrices.multiply(a, odd);
        double[][] p = DenseMatrices.combine(1.0, even, 1.0, u);
        double[][] q = DenseMatrices.combine(1.0, even, -1.0, u);
        return LinearSolver.of(q).solve(p);
    }

    private static void addScaled(double[][] target, double s, double[][] m) {
        for (int i = 0; i < target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                target[i][j] += s * m[i][j];
            }
        }
    }
}
