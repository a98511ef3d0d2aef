package dev.eddy.stencil.step;

import dev.eddy.solver.forcing.KolmogorovForcing;
import dev.eddy.solver.fv.TimeStepSize;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import java.util.Arrays;

/**
 * Physical and numerical parameters of the finite-volume step on an N×N periodic grid over {@code [0, 2π)²}.
 *
 * <p>Forcing is given as explicit fields at the MAC points (u at x-faces, v at y-faces), row-major
 * {@code double[N*N]} with x fastest, so either Kolmogorov variant of tsm.md §1 can be used.
 *
 * @param n         cells per axis (≥ 4, the 4×4 stencils need it)
 * @param dt        time step
 * @param viscosity kinematic viscosity ν
 * @param drag      linear drag coefficient (the explicit term is {@code −drag·u})
 * @param forcingU  forcing of u at the x-faces
 * @param forcingV  forcing of v at the y-faces
 */
public record FlowParameters(int n, double dt, double viscosity, double drag, double[] forcingU, double[] forcingV) {

    public FlowParameters {
        if (n < 4) {
            throw new IllegalArgumentException("grid needs at least 4 cells per axis, got " + n);
        }
        if (!(dt > 0) || !(viscosity >= 0) || !(drag >= 0)) {
            throw new IllegalArgumentException("dt must be > 0, viscosity and drag ≥ 0; got dt=" + dt
                    + ", viscosity=" + viscosity + ", drag=" + drag);
        }
        if (forcingU.length != n * n || forcingV.length != n * n) {
            throw new IllegalArgumentException("forcing fields must have " + n * n + " values");
        }
        forcingU = forcingU.clone();
        forcingV = forcingV.clone();
    }

    /**
     * Kolmogorov flow at Re = 1000 as in the DNS of tsm.md §1: {@code f_x = sin(4 y_j)} at the u-face
     * ({@code y_j = (j + ½)Δ}), {@code f_y = 0}, drag 0.1, ν = 1e-3, {@code dt = π/(7N)} (CFL 0.5 at speed 7);
     * the profile and dt come from {@code solver} ({@link KolmogorovForcing#profile}, {@link TimeStepSize#advective}).
     */
    public static FlowParameters kolmogorov(int n) {
        Grid grid = Grid.square2Pi(n);
        double[] profile = KolmogorovForcing.profile(grid, Offset.X_FACE, 1.0, 4.0);
        double[] fu = new double[n * n];
        for (int j = 0; j < n; j++) {
            Arrays.fill(fu, j * n, (j + 1) * n, profile[j]);
        }
        return new FlowParameters(n, TimeStepSize.advective(grid, 7.0, 0.5), 1e-3, 0.1, fu, new double[n * n]);
    }

    /** Grid spacing Δ = 2π/N. */
    public double spacing() {
        return 2 * Math.PI / n;
    }

    @Override
    public double[] forcingU() {
        return forcingU.clone();
    }

    @Override
    public double[] forcingV() {
        return forcingV.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowParameters p && p.n == n && p.dt == dt && p.viscosity == viscosity && p.drag == drag
                && Arrays.equals(p.forcingU, forcingU) && Arrays.equals(p.forcingV, forcingV);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {n, dt, viscosity, drag}) * 31 + Arrays.hashCode(forcingU);
    }

    @Override
    public String toString() {
        return "FlowParameters[n=" + n + ", dt=" + dt + ", viscosity=" + viscosity + ", drag=" + drag + "]";
    }
}
