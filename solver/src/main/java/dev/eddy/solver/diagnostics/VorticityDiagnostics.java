package dev.eddy.solver.diagnostics;

/**
 * Diagnostics of plain vorticity arrays, usable by both the finite-volume and the pseudo-spectral solver
 * (any layout, as long as both operands share it).
 */
public final class VorticityDiagnostics {
    private VorticityDiagnostics() {}

    /**
     * The uncentred vorticity correlation of Kochkov et al. (2021) and TSM (2023),
     * {@code ρ(a, b) = Σ a·b / sqrt(Σ a² · Σ b²)}; 1 for identical fields. Means are not subtracted (periodic
     * vorticity has zero mean anyway). NaN if either field is identically zero.
     */
    public static double correlation(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vorticity arrays differ in length: " + a.length + " vs " + b.length);
        }
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

    /** Enstrophy per unit area, {@code Z = ½·mean(ω²)}. */
    public static double enstrophy(double[] vorticity) {
        double s = 0;
        for (double w : vorticity) {
            s += w * w;
        }
        return 0.5 * s / vorticity.length;
    }
}
