package dev.eddy.solver.fv;

import dev.eddy.solver.field.StaggeredVelocity;
import dev.eddy.solver.grid.Grid;
import java.util.function.UnaryOperator;

/**
 * One time step of the finite-volume Navier–Stokes solver, built by {@link FiniteVolumeNavierStokes}.
 *
 * <p>Call protocol: {@link #advance} updates a velocity in place and allocates no arrays (the hot loop);
 * {@link #apply} is the pure form, returning a new state and leaving its argument untouched. An instance owns
 * scratch arrays and possibly worker threads: use it from one thread at a time and {@link #close()} it when done.
 */
public interface VelocityStep extends UnaryOperator<StaggeredVelocity>, AutoCloseable {

    /** Advances {@code state} by {@link #dt()} in place. */
    void advance(StaggeredVelocity state);

    /** The time step. */
    double dt();

    /** The grid this step works on. */
    Grid grid();

    /** A new state one step later; {@code state} is not modified. */
    @Override
    default StaggeredVelocity apply(StaggeredVelocity state) {
        StaggeredVelocity next = state.copy();
        advance(next);
        return next;
    }

    /** Advances {@code state} in place by {@code steps} steps. */
    default void advance(StaggeredVelocity state, int steps) {
        for (int n = 0; n < steps; n++) {
            advance(state);
        }
    }

    /** Stops worker threads, if any. */
    @Override
    void close();
}
