package dev.eddy.stencil.eval;

import dev.eddy.solver.diagnostics.EnergySpectrum;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;

/**
 * The isotropic kinetic-energy spectrum {@code E(k)} of {@code solver}'s {@link EnergySpectrum} (shell-binned,
 * {@code Σ_k E(k) = ½·mean(u² + v²)}), averaged over samples, at chosen outputs of a rollout.
 */
final class SampleMeanSpectrum {

    private SampleMeanSpectrum() {
    }

    /**
     * @param frames {@code [B][steps][2][n*n]} MAC velocities on the 2π-periodic n×n grid
     * @param steps  output indices
     * @return {@code [steps.length][shell]}
     */
    static double[][] at(double[][][][] frames, int[] steps, int n) {
        Grid grid = Grid.square2Pi(n);
        double[][] out = new double[steps.length][];
        for (int i = 0; i < steps.length; i++) {
            double[] mean = null;
            for (double[][][] sample : frames) {
                double[][] state = sample[steps[i]];
                double[] e = EnergySpectrum.of(StaggeredVelocity.of(grid, state[0], state[1]));
                if (mean == null) {
                    mean = new double[e.length];
                }
                for (int k = 0; k < e.length; k++) {
                    mean[k] += e[k] / frames.length;
                }
            }
            out[i] = mean;
        }
        return out;
    }
}
