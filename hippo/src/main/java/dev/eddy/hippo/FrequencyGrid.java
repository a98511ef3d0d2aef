package dev.eddy.hippo;

/**
 * Frequencies ω ≥ 0 on which transfer functions {@code G(iω)} are compared: ω = 0 plus {@code count}
 * logarithmically spaced points in [min, max]. Only ω ≥ 0 is needed because real systems satisfy
 * {@code G(-iω) = conj G(iω)}.
 */
public record FrequencyGrid(double min, double max, int count) {

    public FrequencyGrid {
        if (!(min > 0.0 && max > min && Double.isFinite(max)) || count < 2) {
            throw new IllegalArgumentException("need 0 < min < max and count >= 2");
        }
    }

    /** The default grid: ω ∈ {0} ∪ logspace(1e-3, 1e4, 4001). */
    public static FrequencyGrid standard() {
        return new FrequencyGrid(1e-3, 1e4, 4001);
    }

    /** All frequencies, 0 first. */
    public double[] omegas() {
        double[] w = new double[count + 1];
        double lo = Math.log(min);
        double hi = Math.log(max);
        for (int i = 0; i < count; i++) {
            w[i + 1] = Math.exp(lo + (hi - lo) * i / (count - 1.0));
        }
        return w;
    }
}
