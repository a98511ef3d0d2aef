package dev.eddy.solver.spectral;

import java.util.Arrays;

/**
 * Coefficients of an implicit–explicit (IMEX) time stepper for {@code dω̂/dt = F(ω̂) + L·ω̂} where {@code F} is the
 * explicit (nonlinear + forcing) term and {@code L} a diagonal linear operator treated by Crank–Nicolson.
 * Two families are registered in {@link ImexScheme}; this interface only carries their data.
 */
public sealed interface ImexTableau {

    /** Number of explicit-term evaluations per step. */
    int stages();

    /**
     * Low-storage Runge–Kutta / Crank–Nicolson (Canuto et al. 2007, Spectral Methods, App. D.3; JAX-CFD
     * {@code low_storage_runge_kutta_crank_nicolson}). With {@code h ← 0}, for {@code k = 0 … s−1}:
     * <pre>
     *   h ← F(u) + β_k·h
     *   μ = ½·dt·(α_{k+1} − α_k)
     *   u ← (u + γ_k·dt·h + μ·L·u) / (1 − μ·L)
     * </pre>
     *
     * @param alpha {@code s+1} stage times, {@code α_0 = 0}, {@code α_s = 1}
     * @param beta  {@code s} register weights, {@code β_0 = 0}
     * @param gamma {@code s} explicit weights
     */
    record LowStorageCrankNicolson(double[] alpha, double[] beta, double[] gamma) implements ImexTableau {

        public LowStorageCrankNicolson {
            if (alpha.length != beta.length + 1 || beta.length != gamma.length || beta.length == 0) {
                throw new IllegalArgumentException("low-storage tableau needs s+1 alphas, s betas and s gammas, got "
                        + alpha.length + ", " + beta.length + ", " + gamma.length);
            }
            if (alpha[0] != 0.0 || beta[0] != 0.0) {
                throw new IllegalArgumentException("low-storage tableau needs alpha[0] = 0 and beta[0] = 0");
            }
            alpha = alpha.clone();
            beta = beta.clone();
            gamma = gamma.clone();
        }

        @Override
        public double[] alpha() {
            return alpha.clone();
        }

        @Override
        public double[] beta() {
            return beta.clone();
        }

        @Override
        public double[] gamma() {
            return gamma.clone();
        }

        @Override
        public int stages() {
            return beta.length;
        }

        /** {@code μ_k = ½·(α_{k+1} − α_k)}, the Crank–Nicolson weight of stage k per unit time step. */
        public double mu(int k) {
            return 0.5 * (alpha[k + 1] - alpha[k]);
        }

        /** {@code β_k}. */
        public double beta(int k) {
            return beta[k];
        }

        /** {@code γ_k}. */
        public double gamma(int k) {
            return gamma[k];
        }

        @Override
        public String toString() {
            return "LowStorageCrankNicolson[alpha=" + Arrays.toString(alpha) + ", beta=" + Arrays.toString(beta)
                    + ", gamma=" + Arrays.toString(gamma) + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LowStorageCrankNicolson t && Arrays.equals(alpha, t.alpha)
                    && Arrays.equals(beta, t.beta) && Arrays.equals(gamma, t.gamma);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(alpha) + Arrays.hashCode(beta)) + Arrays.hashCode(gamma);
        }
    }

    /**
     * Heun's second-order Runge–Kutta for {@code F} with Crank–Nicolson for {@code L} (Chandler &amp; Kerswell 2013,
     * J. Fluid Mech. 722, §3; JAX-CFD {@code crank_nicolson_rk2}):
     * <pre>
     *   g  = u₀ + ½·dt·L·u₀
     *   u₁ = (g + dt·F(u₀)) / (1 − ½·dt·L)
     *   u₂ = (g + dt·½·(F(u₁) + F(u₀))) / (1 − ½·dt·L)
     * </pre>
     */
    record HeunCrankNicolson() implements ImexTableau {
        @Override
        public int stages() {
            return 2;
        }
    }
}
