package dev.eddy.hippo;

/**
 * Legendre and Laguerre polynomials by their three-term recurrences.
 *
 * <p>Legendre: {@code (n+1) P_{n+1}(x) = (2n+1) x P_n(x) - n P_{n-1}(x)}, {@code P_0 = 1}, {@code P_1 = x}
 * (stable for |x| ≤ 1). Laguerre: {@code (n+1) L_{n+1}(s) = (2n+1-s) L_n(s) - n L_{n-1}(s)}, {@code L_0 = 1},
 * {@code L_1 = 1 - s}. Abramowitz &amp; Stegun 22.7.10 and 22.7.12.
 */
public final class OrthogonalPolynomials {
    private OrthogonalPolynomials() {
    }

    /** Writes {@code P_0(x) .. P_{out.length-1}(x)} into {@code out}. */
    public static void legendre(double x, double[] out) {
        int n = out.length;
        if (n == 0) {
            return;
        }
        out[0] = 1.0;
        if (n > 1) {
            out[1] = x;
        }
        for (int k = 1; k + 1 < n; k++) {
            out[k + 1] = ((2 * k + 1) * x * out[k] - k * out[k - 1]) / (k + 1);
        }
    }

    /** Writes {@code L_0(s) .. L_{out.length-1}(s)} into {@code out}. */
    public static void laguerre(double s, double[] out) {
        int n = out.length;
        if (n == 0) {
            return;
        }
        out[0] = 1.0;
        if (n > 1) {
            out[1] = 1.0 - s;
        }
        for (int k = 1; k + 1 < n; k++) {
            out[k + 1] = ((2 * k + 1 - s) * out[k] - k * out[k - 1]) / (k + 1);
        }
    }

    /**
     * Orthonormal scaled Legendre basis on [0, 1]: {@code out[n] = sqrt(2n+1) P_n(2x - 1)}, orthonormal for the
     * uniform measure on [0, 1]. This is the HiPPO-LegS reconstruction basis on the normalised interval.
     */
    public static void shiftedLegendreOrthonormal(double x, double[] out) {
        legendre(2.0 * x - 1.0, out);
        for (int n = 0; n < out.length; n++) {
            out[n] *= Math.sqrt(2.0 * n + 1.0);
        }
    }
}
