package dev.eddy.solver.fv;

import dev.eddy.solver.forcing.Forcing;
import dev.eddy.solver.grid.Grid;

/**
 * The incompressible Navier–Stokes equations on a periodic MAC grid,
 * {@code ∂v/∂t = −∇·(v⊗v) − ∇p/ρ + ν∇²v + f/ρ}, {@code ∇·v = 0} (tsm.md §2).
 *
 * @param grid the periodic grid (even sizes: the FFT solves need them)
 * @param density ρ &gt; 0 (1 in the Kolmogorov setting)
 * @param viscosity ν ≥ 0 (1e-3 for Re = 1000)
 * @param forcing the body force, e.g. {@link dev.eddy.solver.forcing.KolmogorovForcing#withDrag}
 */
public record FvEquation(Grid grid, double density, double viscosity, Forcing forcing) {

    public FvEquation {
        if (grid.nx() % 2 != 0 || grid.ny() % 2 != 0) {
            throw new IllegalArgumentException("finite-volume solver needs even grid sizes, got " + grid.nx() + "×" + grid.ny());
        }
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new IllegalArgumentException("density must be positive and finite, got " + density);
        }
        if (!(viscosity >= 0) || !Double.isFinite(viscosity)) {
            throw new IllegalArgumentException("viscosity must be finite and ≥ 0, got " + viscosity);
        }
        if (forcing == null) {
            throw new NullPointerException("forcing is required (use Forcing.none())");
        }
    }

    /** Unit density. */
    public static FvEquation of(Grid grid, double viscosity, Forcing forcing) {
        return new FvEquation(grid, 1.0, viscosity, forcing);
    }
}
