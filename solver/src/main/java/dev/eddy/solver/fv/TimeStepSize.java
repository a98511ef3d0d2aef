package dev.eddy.solver.fv;

import dev.eddy.solver.grid.Grid;

/**
 * Stable time steps (JAX-CFD {@code equations.stable_time_step}; tsm.md §1: {@code Δt = 0.5·Δx/7 = π/(7N)} on the
 * 2π box).
 */
public final class TimeStepSize {
    private TimeStepSize() {}

    /** The advective (CFL) step {@code Δt = cfl·min(Δx, Δy)/maxVelocity}. */
    public static double advective(Grid grid, double maxVelocity, double cfl) {
        if (!(maxVelocity > 0) || !(cfl > 0) || !Double.isFinite(maxVelocity) || !Double.isFinite(cfl)) {
            throw new IllegalArgumentException("max velocity and CFL number must be positive and finite, got "
                    + maxVelocity + ", " + cfl);
        }
        return cfl * Math.min(grid.dx(), grid.dy()) / maxVelocity;
    }

    /** The explicit-diffusion limit {@code min(Δx, Δy)²/(4ν)} (2-D forward Euler); infinite for ν = 0. */
    public static double explicitDiffusionLimit(Grid grid, double viscosity) {
        double d = Math.min(grid.dx(), grid.dy());
        return viscosity > 0 ? d * d / (4 * viscosity) : Double.POSITIVE_INFINITY;
    }

    /** The advective step, capped by the diffusion limit unless diffusion is implicit. */
    public static double stable(Grid grid, double maxVelocity, double cfl, double viscosity, boolean implicitDiffusion) {
        double dt = advective(grid, maxVelocity, cfl);
        return implicitDiffusion ? dt : Math.min(dt, explicitDiffusionLimit(grid, viscosity));
    }

    /** The Courant number {@code maxSpeed·Δt/min(Δx, Δy)} of a state, e.g. {@link dev.eddy.solver.field.StaggeredVelocity#maxSpeed()}. */
    public static double courantNumber(Grid grid, double maxSpeed, double dt) {
        return maxSpeed * dt / Math.min(grid.dx(), grid.dy());
    }
}
