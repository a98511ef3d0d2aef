package dev.eddy.solver.fv;

import dev.eddy.solver.timestepping.RungeKuttaScheme;

/**
 * Factories of finite-volume Navier–Stokes steps on a periodic MAC grid (tsm.md §2; style.md lesson 4: a solver is
 * a factory returning a step).
 *
 * <pre>{@code
 * Grid grid = Grid.square2Pi(256);
 * FvEquation eq = FvEquation.of(grid, 1e-3, KolmogorovForcing.withDrag(grid, 1, 4, 0.1));
 * double dt = TimeStepSize.advective(grid, 7.0, 0.5);
 * try (VelocityStep step = FiniteVolumeNavierStokes.implicitDiffusion(eq, dt, StepOptions.automatic(grid.size()))) {
 *     StaggeredVelocity v = FilteredVelocityField.generate(grid, 42, 4, 7.0);
 *     step.advance(v, 100);          // in place, no allocation
 * }
 * }</pre>
 */
public final class FiniteVolumeNavierStokes {
    private FiniteVolumeNavierStokes() {}

    /**
     * JAX-CFD's {@code implicit_diffusion_navier_stokes}: forward-Euler convection and forcing, projection, FFT
     * backward-Euler diffusion (see {@link ImplicitDiffusionStep}).
     */
    public static VelocityStep implicitDiffusion(FvEquation equation, double dt, StepOptions options) {
        requirePositive(dt);
        return new ImplicitDiffusionStep(equation, dt, options);
    }

    /** {@link #implicitDiffusion(FvEquation, double, StepOptions)} with {@link StepOptions#automatic}. */
    public static VelocityStep implicitDiffusion(FvEquation equation, double dt) {
        return implicitDiffusion(equation, dt, StepOptions.automatic(equation.grid().size()));
    }

    /**
     * Explicit diffusion, Runge–Kutta {@code scheme}, projection after every stage (see {@link RungeKuttaStep}).
     * Refuses {@code dt} above the forward-Euler diffusion limit {@link TimeStepSize#explicitDiffusionLimit}.
     */
    public static VelocityStep explicitDiffusion(FvEquation equation, double dt, RungeKuttaScheme scheme,
                                                 StepOptions options) {
        requirePositive(dt);
        double limit = TimeStepSize.explicitDiffusionLimit(equation.grid(), equation.viscosity());
        if (dt > limit) {
            throw new IllegalArgumentException("dt " + dt + " exceeds the explicit diffusion limit Δ²/(4ν) = " + limit
                    + "; use a smaller dt or the implicit-diffusion solver");
        }
        return new RungeKuttaStep(equation, dt, scheme.tableau(), options);
    }

    private static void requirePositive(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be positive and finite, got " + dt);
        }
    }
}
