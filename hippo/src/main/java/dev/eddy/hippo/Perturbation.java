package dev.eddy.hippo;

import java.util.Random;

/**
 * A perturbation E added to the HiPPO matrix before diagonalizing {@code A_H + E} (PTD; Yu, Nigmetov, Morozov,
 * Mahoney, Erichson, "Robustifying State-space Models for Long Sequences via Approximate Diagonalization",
 * ICLR 2024). Real perturbations only: the authors' complex E needs a complex eigensolver, which this module
 * does not have.
 */
@FunctionalInterface
public interface Perturbation {

    /** The N×N perturbation for the operator {@code hippo}. */
    double[][] matrix(HippoOperator hippo);

    /** E = 0: diagonalizes A_H itself (exponentially ill-conditioned for LegS). */
    static Perturbation zero() {
        return hippo -> new double[hippo.order()][hippo.order()];
    }

    /**
     * {@code E = α PᵀP} from the NPLR form: α = 0 is HiPPO, α = 1 is the normal part S (S4D). Keeps A real and,
     * in the observation of hippo.md §8, conditions far better than generic noise of the same size.
     */
    static Perturbation lowRank(double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite, got " + alpha);
        }
        return hippo -> DenseMatrices.scale(alpha, hippo.nplr().lowRankProduct());
    }

    /**
     * A seeded real Gaussian matrix scaled to {@code ‖E‖₂ = relative · ‖A_H‖₂} ({@link java.util.Random}'s
     * Gaussian sequence is specified, so the same seed gives the same E on every JVM).
     */
    static Perturbation random(double relative, long seed) {
        if (!(relative >= 0.0 && Double.isFinite(relative))) {
            throw new IllegalArgumentException("relative size must be a non-negative finite number, got " + relative);
        }
        return hippo -> {
            int n = hippo.order();
            Random random = new Random(seed);
            double[][] e = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    e[i][j] = random.nextGaussian();
                }
            }
            double scale = relative * Conditioning.spectralNorm(hippo.a()) / Conditioning.spectralNorm(e);
            return DenseMatrices.scale(scale, e);
        };
    }

    /** A fixed matrix, e.g. loaded from a file. */
    static Perturbation fixed(double[][] e) {
        double[][] copy = DenseMatrices.copy(e);
        return hippo -> {
            if (copy.length != hippo.order() || copy[0].length != hippo.order()) {
                throw new IllegalArgumentException("perturbation must be " + hippo.order() + "x" + hippo.order()
                        + ", got " + copy.length + "x" + copy[0].length);
            }
            return DenseMatrices.copy(copy);
        };
    }
}
