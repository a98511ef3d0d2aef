package dev.eddy.stencil.train;

import java.util.SplittableRandom;

/**
 * Random smooth, exactly divergence-free MAC velocity fields for tests and synthetic training data.
 *
 * <p>A streamfunction ψ at the cell corners (offset (1, 1)) made of a few random Fourier modes gives
 * {@code u[j,i] = (ψ[j,i] − ψ[j−1,i])/Δ}, {@code v[j,i] = −(ψ[j,i] − ψ[j,i−1])/Δ}, whose discrete backward-difference
 * divergence vanishes identically. The field is scaled so that {@code max |(u, v)|} over faces equals
 * {@code maxSpeed}.
 */
public final class SyntheticFlows {

    private SyntheticFlows() {
    }

    /**
     * @param n        cells per axis
     * @param maxWave  largest wavenumber per axis of the random modes
     * @param maxSpeed target maximum face speed
     * @param seed     random seed
     * @return {@code {u, v}}, each row-major {@code double[N*N]}
     */
    public static double[][] divergenceFree(int n, int maxWave, double maxSpeed, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double h = 2 * Math.PI / n;
        double[] psi = new double[n * n];
        for (int kx = 0; kx <= maxWave; kx++) {
            for (int ky = -maxWave; ky <= maxWave; ky++) {
                if (kx == 0 && ky <= 0) {
                    continue;
                }
                double amplitude = random.nextGaussian() / (kx * kx + ky * ky);
                double phase = 2 * Math.PI * random.nextDouble();
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        psi[j * n + i] += amplitude * Math.cos(kx * (i + 1) * h + ky * (j + 1) * h + phase);
                    }
                }
            }
        }
        double[] u = new double[n * n];
        double[] v = new double[n * n];
        double max = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                u[k] = (psi[k] - psi[Math.floorMod(j - 1, n) * n + i]) / h;
                v[k] = -(psi[k] - psi[j * n + Math.floorMod(i - 1, n)]) / h;
                max = Math.max(max, Math.max(Math.abs(u[k]), Math.abs(v[k])));
            }
        }
        for (int k = 0; k < n * n; k++) {
            u[k] *= maxSpeed / max;
            v[k] *= maxSpeed / max;
        }
        return new double[][] {u, v};
    }
}
