package dev.eddy.stencil.eval;

/**
 * Vorticity diagnostics of the TSM/Kochkov protocol (tsm.md §5):
 * <pre>
 *   ω(i,j) = [v(i+1,j) − v(i,j)]/Δ − [u(i,j+1) − u(i,j)]/Δ          at the corners (1, 1)
 *   ρ      = Σ ω_pred ω_ref / (‖ω_pred‖₂ ‖ω_ref‖₂)                    uncentred, per sample and time
 * </pre>
 * and the time until the sample-mean ρ(t) first drops below a threshold.
 */
public final class VorticityCorrelation {

    private VorticityCorrelation() {
    }

    /** Corner vorticity of a MAC velocity on the N×N grid of spacing 2π/N. */
    public static double[] vorticity(double[] u, double[] v, int n) {
        double h = 2 * Math.PI / n;
        double[] w = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                w[k] = (v[j * n + (i + 1) % n] - v[k]) / h - (u[((j + 1) % n) * n + i] - u[k]) / h;
            }
        }
        return w;
    }

    /** Uncentred correlation (cosine similarity); NaN if either field is zero. */
    public static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < a.length; k++) {
            ab += a[k] * b[k];
            aa += a[k] * a[k];
            bb += b[k] * b[k];
        }
        return ab / Math.sqrt(aa * bb);
    }

    /**
     * Sample-mean vorticity correlation at each step.
     *
     * @param predicted {@code [B][steps][2][N*N]}
     * @param reference same shape
     */
    public static double[] meanCorrelation(double[][][][] predicted, double[][][][] reference, int n) {
        int steps = predicted[0].length;
        double[] mean = new double[steps];
        for (int k = 0; k < steps; k++) {
            for (int b = 0; b < predicted.length; b++) {
                mean[k] += correlation(vorticity(predicted[b][k][0], predicted[b][k][1], n),
                        vorticity(reference[b][k][0], reference[b][k][1], n)) / predicted.length;
            }
        }
        return mean;
    }

    /**
     * Time until ρ first drops below {@code threshold}, outputs being at times {@code (k+1)·dt}: the time of the first
     * output below it, or {@code +∞} if it never drops within the series (report as "≥ t_end").
     */
    public static double timeUntilBelow(double[] rho, double dt, double threshold) {
        for (int k = 0; k < rho.length; k++) {
            if (!(rho[k] >= threshold)) {
                return (k + 1) * dt;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * TSM's high-correlation duration (tsm.md §5.1): the number of outputs with {@code ρ > threshold}, times the
     * output interval {@code dt}. It equals {@link #timeUntilBelow} minus one interval when ρ decays monotonically, and
     * also counts outputs that recover after a first drop.
     */
    public static double durationAbove(double[] rho, double dt, double threshold) {
        int count = 0;
        for (double r : rho) {
            if (r > threshold) {
                count++;
            }
        }
        return count * dt;
    }
}
