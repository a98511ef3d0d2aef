package dev.eddy.climate.sphere;

/**
 * Fully normalised associated Legendre functions P̄_l^m(μ), with ∫_{−1}^{1} (P̄_l^m)² dμ = 1 and no Condon–Shortley
 * phase, and their μ-derivatives in the form H_l^m = (1 − μ²) dP̄_l^m/dμ.
 *
 * <p>Stable recurrences (e.g. Durran, <i>Numerical Methods for Fluid Dynamics</i>, §6.2; Swarztrauber 1993):
 * <ul>
 *   <li>P̄_0^0 = 1/√2, P̄_m^m = √((2m+1)/(2m)) · √(1−μ²) · P̄_{m−1}^{m−1};</li>
 *   <li>P̄_{m+1}^m = √(2m+3) · μ · P̄_m^m;</li>
 *   <li>P̄_l^m = (μ P̄_{l−1}^m − ε_{l−1}^m P̄_{l−2}^m)/ε_l^m with ε_l^m = √((l² − m²)/(4l² − 1));</li>
 *   <li>(1 − μ²) dP̄_l^m/dμ = (l+1) ε_l^m P̄_{l−1}^m − l ε_{l+1}^m P̄_{l+1}^m.</li>
 * </ul>
 * Parity: P̄_l^m(−μ) = (−1)^{l−m} P̄_l^m(μ) and H_l^m(−μ) = (−1)^{l−m+1} H_l^m(μ).
 */
public final class AssociatedLegendre {
    private AssociatedLegendre() {
    }

    /** ε_l^m = √((l² − m²)/(4l² − 1)). */
    public static double epsilon(int l, int m) {
        return Math.sqrt((double) (l * l - m * m) / (4.0 * l * l - 1));
    }

    /**
     * Values P̄_l^m(μ) for 0 ≤ m ≤ l ≤ lmax, in the m-major layout of {@link SpectralIndex#triangular(int)} with T = lmax.
     */
    public static double[] values(double mu, int lmax) {
        SpectralIndex index = SpectralIndex.triangular(lmax);
        double[] p = new double[index.size()];
        double sinTheta = Math.sqrt((1 - mu) * (1 + mu));
        double pmm = 1 / Math.sqrt(2);
        for (int m = 0; m <= lmax; m++) {
            if (m > 0) {
                pmm *= Math.sqrt((2.0 * m + 1) / (2.0 * m)) * sinTheta;
            }
            int base = index.offset(m);
            p[base] = pmm;
            if (m + 1 <= lmax) {
                p[base + 1] = Math.sqrt(2.0 * m + 3) * mu * pmm;
            }
            for (int l = m + 2; l <= lmax; l++) {
                p[base + l - m] = (mu * p[base + l - m - 1] - epsilon(l - 1, m) * p[base + l - m - 2]) / epsilon(l, m);
            }
        }
        return p;
    }

    /**
     * Values P̄_l^m(μ) and H_l^m(μ) = (1−μ²)dP̄_l^m/dμ for 0 ≤ m ≤ l ≤ T, each in the layout of {@code SpectralIndex.triangular(T)}.
     *
     * @return {P̄, H}
     */
    public static double[][] valuesAndDerivatives(double mu, int truncation) {
        SpectralIndex extended = SpectralIndex.triangular(truncation + 1);
        SpectralIndex index = SpectralIndex.triangular(truncation);
        double[] pe = values(mu, truncation + 1);
        double[] p = new double[index.size()];
        double[] h = new double[index.size()];
        for (int m = 0; m <= truncation; m++) {
            for (int l = m; l <= truncation; l++) {
                int k = index.index(l, m);
                p[k] = pe[extended.index(l, m)];
                double below = l > m ? (l + 1) * epsilon(l, m) * pe[extended.index(l - 1, m)] : 0;
                double above = l * epsilon(l + 1, m) * pe[extended.index(l + 1, m)];
                h[k] = below - above;
            }
        }
        return new double[][] {p, h};
    }
}
