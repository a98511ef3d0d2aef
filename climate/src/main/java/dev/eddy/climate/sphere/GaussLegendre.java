package dev.eddy.climate.sphere;

/**
 * Gauss–Legendre quadrature nodes and weights on [−1, 1].
 *
 * <p>The nodes μ_i are the roots of the Legendre polynomial P_N, found by Newton's method from the
 * Tricomi start cos(π(i − 1/4)/(N + 1/2)); P_N and P_N' come from the three-term recurrence
 * (k+1)P_{k+1} = (2k+1)μP_k − kP_{k−1} and P_N' = N(μP_N − P_{N−1})/(μ² − 1).
 * The weights are w_i = 2/((1 − μ_i²) P_N'(μ_i)²), so Σw = 2 (Abramowitz &amp; Stegun 25.4.29).
 * Nodes are returned in decreasing order (north to south when μ = sin φ).
 */
public final class GaussLegendre {
    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /** The N-point rule; N ≥ 1. */
    public static GaussLegendre of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss–Legendre rule needs n >= 1, got " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double mu = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double pPrev = 1;
                double p = mu;
                for (int k = 1; k < n; k++) {
                    double next = ((2 * k + 1) * mu * p - k * pPrev) / (k + 1);
                    pPrev = p;
                    p = next;
                }
                derivative = n * (mu * p - pPrev) / (mu * mu - 1);
                double step = p / derivative;
                mu -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            double weight = 2 / ((1 - mu * mu) * derivative * derivative);
            x[i] = mu;
            x[n - 1 - i] = -mu;
            w[i] = weight;
            w[n - 1 - i] = weight;
        }
        if (n % 2 == 1) {
            x[n / 2] = 0;
        }
        return new GaussLegendre(x, w);
    }

    /** Nodes in decreasing order. */
    public double[] nodes() {
        return nodes.clone();
    }

    /** Weights matching {@link #nodes()}. */
    public double[] weights() {
        return weights.clone();
    }
}
