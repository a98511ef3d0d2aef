package dev.eddy.solver.simulation;

import java.util.Map;

/**
 * A time-stepped model as seen by {@link Simulation}: it advances its own state by a fixed {@link #dt()}, exposes the
 * fields to save, and can save and restore its complete state for checkpoints.
 *
 * <p>Protocol: {@code step()} is called from one thread at a time; {@link #outputs()} and {@link #state()} return
 * views that stay valid until the next {@code step()}. {@link #restore} must make the model bitwise identical to the
 * one whose {@link #state()} was saved, so that a resumed run equals an uninterrupted one.
 */
public interface SteppedModel {

    /** The fixed time step. */
    double dt();

    /** Advances the state by {@link #dt()}. */
    void step();

    /** The fields to save, by variable name, flattened in the order of the variable's non-time dimensions. */
    Map<String, double[]> outputs();

    /** The complete state, by name (copied by the caller before the next step). */
    Map<String, double[]> state();

    /** Restores a state previously returned by {@link #state()}. */
    void restore(Map<String, double[]> state);

    /**
     * The largest Courant number {@code max(|u|)·dt/dx + max(|v|)·dt/dy} of the current state, or NaN when the state
     * holds non-finite values.
     */
    double courantNumber();
}
