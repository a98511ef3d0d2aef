package dev.eddy.solver.fv;

import dev.eddy.solver.field.Field;
import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import dev.eddy.solver.grid.Offset;
import dev.eddy.solver.operators.FiniteDifferences;
import dev.eddy.solver.operators.RowLoops;
import dev.eddy.solver.timestepping.RungeKuttaScheme;

/**
 * A finite-volume solver that owns its state and clock: what a simulation driver, a benchmark or the CLI needs.
 *
 * <pre>{@code
 * Grid grid = Grid.square2Pi(256);
 * FvEquation eq = FvEquation.of(grid, 1e-3, KolmogorovForcing.withDrag(grid, 1, 4, 0.1));
 * try (FiniteVolumeSolver solver = FiniteVolumeSolver.implicitDiffusion(eq, TimeStepSize.advective(grid, 7, 0.5),
 *         StepOptions.automatic(grid.size()))) {
 *     solver.setVelocity(FilteredVelocityField.generate(grid, 42, 4, 7.0));
 *     solver.advance(100);
 *     solver.vorticityAtNodes(omega);    // same points as the spectral solver's output
 * }
 * }</pre>
 * Not thread-safe; close it to stop its worker threads.
 */
public final class FiniteVolumeSolver implements AutoCloseable {
    private final VelocityStep step;
    private final StaggeredVelocity state;
    private final double[] corners;
    private long steps;

    private FiniteVolumeSolver(VelocityStep step) {
        this.step = step;
        this.state = StaggeredVelocity.zeros(step.grid());
        this.corners = new double[step.grid().size()];
    }

    /** JAX-CFD's {@code implicit_diffusion_navier_stokes} (the DNS/TSM stepper); state starts at rest. */
    public static FiniteVolumeSolver implicitDiffusion(FvEquation equation, double dt, StepOptions options) {
        return new FiniteVolumeSolver(FiniteVolumeNavierStokes.implicitDiffusion(equation, dt, options));
    }

    /** Explicit diffusion with a Runge–Kutta scheme and a projection after every stage; state starts at rest. */
    public static FiniteVolumeSolver explicitDiffusion(FvEquation equation, double dt, RungeKuttaScheme scheme,
                                                       StepOptions options) {
        return new FiniteVolumeSolver(FiniteVolumeNavierStokes.explicitDiffusion(equation, dt, scheme, options));
    }

    public Grid grid() {
        return step.grid();
    }

    public double dt() {
        return step.dt();
    }

    /** Steps taken since the state was last set. */
    public long steps() {
        return steps;
    }

    /** Model time since the state was last set: {@code steps·dt}. */
    public double time() {
        return steps * step.dt();
    }

    /** Copies {@code velocity} (same grid) into the state and resets the clock. */
    public void setVelocity(StaggeredVelocity velocity) {
        state.setFrom(velocity);
        steps = 0;
    }

    /** Sets the state to the divergence-free velocity of a corner or node vorticity ({@link VelocityFromVorticity}). */
    public void setVorticity(Field vorticity) {
        setVelocity(VelocityFromVorticity.of(vorticity));
    }

    /** The live state (u on x-faces, v on y-faces); writes change it. */
    public StaggeredVelocity velocity() {
        return state;
    }

    /** Advances one step. */
    public void step() {
        step.advance(state);
        steps++;
    }

    /** Advances {@code n} steps. */
    public void advance(int n) {
        for (int k = 0; k < n; k++) {
            step();
        }
    }

    /** Vorticity at the cell corners (1,1): {@code out[j*nx+i]} at {@code ((i+1)Δx, (j+1)Δy)}. */
    public void vorticity(double[] out) {
        FiniteDifferences.curlInto(RowLoops.sequential(), grid(), state.u().data(), state.v().data(), out);
    }

    /**
     * The same corner vorticity indexed as collocation nodes: {@code out[j*nx+i]} at {@code (iΔx, jΔy)}, the layout
     * of the pseudo-spectral solver (corner {@code (i−1, j−1)} is node {@code (i, j)}).
     */
    public void vorticityAtNodes(double[] out) {
        vorticity(corners);
        Grid g = grid();
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                out[g.index(i + 1, j + 1)] = corners[j * g.nx() + i];
            }
        }
    }

    /** The vorticity as a located field at {@link Offset#CORNER} (new array). */
    public Field vorticityField() {
        Field w = Field.zeros(grid(), Offset.CORNER);
        vorticity(w.data());
        return w;
    }

    @Override
    public void close() {
        step.close();
    }

    @Override
    public String toString() {
        return "FiniteVolumeSolver[" + step + ", t=" + time() + "]";
    }
}
