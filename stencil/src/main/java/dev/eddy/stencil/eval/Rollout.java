package dev.eddy.stencil.eval;

/** A model that advances MAC velocities {@code [B][2][N*N]} by its coarse step, for evaluation. */
public interface Rollout {

    /** @return the states after steps 1..steps, {@code [B][steps][2][N*N]} */
    double[][][][] rollout(double[][][] initial, int steps);
}
